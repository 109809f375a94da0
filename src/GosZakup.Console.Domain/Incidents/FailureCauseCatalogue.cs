using GosZakup.Console.Domain.Calendar;

namespace GosZakup.Console.Domain.Incidents;

/// <summary>The ten causes of R2 §4: three operator-related (§4.1), seven not (§4.2). Kazakh wording is
/// shortened from the Kazakh original; Russian follows the Russian version of the Rules.</summary>
public static class FailureCauseCatalogue
{
    public static FailureCause OperatorUnlawfulActions { get; } = Operator("operator-unlawful-actions", "R2 §4.1.1",
        new("Оператор қызметкерлерінің заңсыз әрекеттері",
            "Неправомерные действия работников оператора",
            "Unlawful actions of operator staff"),
        new("Іркіліс оператор қызметкерлерінің заңсыз әрекеттерінің салдарынан туындады (мысалы, Жүйе журналында тіркелген рұқсат етілмеген әрекеттер).",
            "Сбой стал следствием неправомерных действий работников оператора (например, несанкционированных действий, зафиксированных в журнале Системы).",
            "The failure results from unlawful actions of the operator's staff (e.g. unauthorised actions recorded in the System log)."));

    public static FailureCause OperatorInfosec { get; } = Operator("operator-infosec", "R2 §4.1.2",
        new("Ақпараттық қауіпсіздіктің тиісті деңгейі қамтамасыз етілмеуі",
            "Необеспечение надлежащего уровня информационной безопасности",
            "Inadequate information security"),
        new("Жүйенің ақпараттық қауіпсіздігінің тиісті деңгейі қамтамасыз етілмей, Жүйе ақпаратына рұқсат етілмеген әсерге әкеп соқтырды.",
            "Не обеспечен надлежащий уровень информационной безопасности системы, что привело к несанкционированному воздействию на информацию Системы.",
            "The required level of information security was not kept, which led to unauthorised impact on the System's information."));

    public static FailureCause OperatorPhysicalDamage { get; } = Operator("operator-physical-damage", "R2 §4.1.3",
        new("Оператордың кінәсінен физикалық зақымдану",
            "Физическое повреждение по вине оператора",
            "Physical damage by the operator's fault"),
        new("Жүйе және (немесе) оны құрайтындар оператордың немесе оның қызметкерлерінің кінәсінен физикалық зақымданды.",
            "Система и (или) её составляющие физически повреждены по вине оператора или его работников.",
            "The System or its components were physically damaged through the fault of the operator or its staff."));

    public static FailureCause ThirdPartyDamage { get; } = NotOperator("third-party-damage", "R2 §4.2.1",
        new("Үшінші тұлғалардың кінәсінен зақымдану немесе өшу",
            "Повреждение или отключение по вине третьих лиц",
            "Damage or outage caused by third parties"),
        new("Жүйе және оны құрайтындар үшінші тұлғалардың кінәсінен физикалық зақымданды және (немесе) өшірілді.",
            "Система и её составляющие физически повреждены и (или) отключены по вине третьих лиц.",
            "The System or its components were physically damaged or switched off through the fault of third parties."));

    public static FailureCause ExternalAttack { get; } = NotOperator("external-attack", "R2 §4.2.2",
        new("Жаппай сыртқы шабуылдар",
            "Массовые внешние атаки",
            "Massive external attacks"),
        new("Жүйе коммуникациялық жабдығының жұмысын тоқтатқан жаппай сыртқы шабуылдардан қол жетімсіз болды.",
            "Система недоступна из-за массовых внешних атак, вызвавших прекращение работы её коммуникационного оборудования.",
            "The System was unavailable because massive external attacks stopped its communications equipment."));

    public static FailureCause UserNetworkPower { get; } = NotOperator("user-network-power", "R2 §4.2.3",
        new("Пайдаланушының байланыс желісі немесе электр энергиясы",
            "Сеть передачи данных или электроэнергия пользователя",
            "The user's network or power supply"),
        new("Пайдаланушы веб-порталға қосылу үшін пайдаланатын деректерді беру желілері " +
            "және (немесе) электр энергиясы болмады не олардың жұмысқа қабілеттілігі бұзылды.",
            "Отсутствуют или не работают сети передачи данных и (или) электроэнергия, которые пользователь использует для подключения к веб-порталу.",
            "The data network or electricity the user relies on to reach the portal was missing or failing."));

    public static FailureCause UserComputerLimits { get; } = NotOperator("user-computer-limits", "R2 §4.2.4",
        new("Пайдаланушы компьютерінің шектеулері мен күйге келтірулері",
            "Ограничения и настройки компьютера пользователя",
            "Limits or settings of the user's computer"),
        new("Пайдаланушының компьютерлік техникасындағы бағдарламалық-техникалық шектеулер мен күйге келтірулер " +
            "не қажетті мүмкіндіктердің болмауы веб-порталда толыққанды жұмыс істеуге мүмкіндік бермеді.",
            "Программно-технические ограничения и настройки компьютера пользователя или " +
            "отсутствие необходимых возможностей не позволяют полноценно работать на веб-портале.",
            "Software or hardware limits or settings on the user's computer, or missing capabilities, keep the user from working fully on the portal."));

    public static FailureCause UserMalware { get; } = NotOperator("user-malware", "R2 §4.2.5",
        new("Пайдаланушы компьютеріндегі зиянды бағдарлама",
            "Вредоносная программа на компьютере пользователя",
            "Malware on the user's computer"),
        new("Пайдаланушының компьютері зиянды бағдарламалық қамтамасыз етумен зақымданған; " +
            "Жүйе зақымданған файлды немесе файлдар мұрағатын орналастыруды автоматты түрде бұғаттайды.",
            "Компьютер пользователя поражён вредоносным программным обеспечением; " +
            "Система автоматически блокирует размещение заражённого файла или архива файлов.",
            "The user's computer is infected with malware; the System automatically blocks uploading the infected file or archive."));

    public static FailureCause UserProcedures { get; } = NotOperator("user-procedures", "R2 §4.2.6",
        new("Веб-портал жұмысының тәртібін сақтамау",
            "Несоблюдение порядка работы веб-портала",
            "Portal procedures not followed"),
        new("Пайдаланушы веб-порталда жұмыс істеу кезінде веб-портал жұмысының тәртібін және пайдаланушылар нұсқаулықтарын тиісінше сақтамады.",
            "Пользователь ненадлежащим образом соблюдал порядок работы веб-портала и инструкции пользователей.",
            "The user did not properly follow the portal's procedures and user guides."));

    public static FailureCause UserEdsKey { get; } = NotOperator("user-eds-key", "R2 §4.2.7",
        new("Электрондық цифрлық қолтаңба кілтін сақтау қағидаларын бұзу",
            "Нарушение правил хранения ключа электронной цифровой подписи",
            "EDS key storage rules broken"),
        new("Электрондық цифрлық қолтаңба кілтін сақтау қағидалары сақталмады немесе кілт тиісті өкілеттігі жоқ үшінші тұлғаларға берілді.",
            "Не соблюдены правила хранения ключа электронной цифровой подписи, или ключ передан третьим лицам, не имеющим соответствующих полномочий.",
            "The rules for keeping the electronic digital signature key were broken, or the key was handed to third parties without authority."));

    public static IReadOnlyList<FailureCause> All { get; } =
    [
        OperatorUnlawfulActions, OperatorInfosec, OperatorPhysicalDamage,
        ThirdPartyDamage, ExternalAttack, UserNetworkPower, UserComputerLimits, UserMalware, UserProcedures, UserEdsKey,
    ];

    public static IReadOnlyList<FailureCause> OperatorRelated { get; } = [.. All.Where(c => c.IsOperatorRelated)];

    public static IReadOnlyList<FailureCause> NotOperatorRelated { get; } = [.. All.Where(c => !c.IsOperatorRelated)];

    /// <summary>The cause with this code (ordinal), or null.</summary>
    public static FailureCause? Find(string code) => All.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.Ordinal));

    private static FailureCause Operator(string code, string clause, LocalizedText title, LocalizedText explanation) =>
        new(code, clause, IsOperatorRelated: true, title, explanation);

    private static FailureCause NotOperator(string code, string clause, LocalizedText title, LocalizedText explanation) =>
        new(code, clause, IsOperatorRelated: false, title, explanation);
}
