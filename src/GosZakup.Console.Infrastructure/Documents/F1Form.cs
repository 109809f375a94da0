namespace GosZakup.Console.Infrastructure.Documents;

/// <summary>One row of form F1, the Register Journal of users' appeals about technical failures, as plain
/// text ready to print: the caller formats times in Astana time and empties what is not known yet.</summary>
public sealed record F1Row(
    string Number, string Organisation, string TaxpayerNumber, string ReceivedAt, string Contacts, string Description,
    string Employee, string Confirmation, string ConfirmedAt, string Decision, string Measures)
{
    /// <summary>The cells in the order of <see cref="F1Form.Columns"/>.</summary>
    public IReadOnlyList<string> Cells =>
        [Number, Organisation, TaxpayerNumber, ReceivedAt, Contacts, Description, Employee, Confirmation, ConfirmedAt, Decision, Measures];
}

/// <summary>The text of form F1 (annex 1 to R2, the Rules, "Forms"): its title, its columns and whose signatures close it.
/// The Kazakh wording is the Kazakh original's; the Russian one translates it.</summary>
public static class F1Form
{
    public static BilingualText Title { get; } = new(
        "Мемлекеттік сатып алу веб-порталының туындаған техникалық іркілістер туралы пайдаланушылардың өтініштерін есепке алу журналы",
        "Журнал учета обращений пользователей о возникших технических сбоях веб-портала государственных закупок");

    public static BilingualText FormName { get; } = new("Қағидаларға 1-қосымша, F1 нысаны", "Приложение 1 к Правилам, форма F1");

    public static BilingualText CreatedAt { get; } = new("Қалыптастырылған уақыты (Астана уақыты)", "Сформирован (время Астаны)");

    public static BilingualText RowCount { get; } = new("Жазбалар саны", "Количество записей");

    public static IReadOnlyList<BilingualText> Columns { get; } =
    [
        new("№", "№"),
        new("Жүгінген ұйымның атауы", "Наименование обратившейся организации"),
        new("БСН, ЖСН", "БИН, ИИН"),
        new("Өтініш күні мен уақыты", "Дата и время обращения"),
        new("Пайдаланушы жүгінген байланыс деректері", "Контактные данные, по которым обратился пользователь"),
        new("Техникалық іркілістің сипаттамасы", "Описание технического сбоя"),
        new("Өтінім қабылдаған қызметкердің Т.А.Ж.", "Ф.И.О. сотрудника, принявшего обращение"),
        new("Расталды / расталмады", "Подтверждён / не подтверждён"),
        new("Растаудың / растамаудың күні мен уақыты", "Дата и время подтверждения / неподтверждения"),
        new("Қабылданған шешім", "Принятое решение"),
        new("Оператор қолданған шаралар", "Меры, принятые оператором"),
    ];

    /// <summary>The operator's head, as the form names the first signatory.</summary>
    public static BilingualText Head { get; } = new("Оператордың басшысы", "Руководитель оператора");

    /// <summary>The responsible person of the department the operator configures (the form: technical administration).</summary>
    public static BilingualText ResponsiblePerson(SingleOperator @operator) => new(
        $"{@operator.Department.Kazakh} жауапты тұлғасы", $"Ответственное лицо {@operator.Department.Russian}");

    /// <summary>Who signs the Journal, in the form's order, with the name to print beside the signature when it is known.</summary>
    public static IReadOnlyList<(BilingualText Title, BilingualText Name)> Signatories(SingleOperator @operator) =>
        [(Head, @operator.HeadName), (ResponsiblePerson(@operator), BilingualText.Same(""))];

    public static BilingualText Signature { get; } = new("қолы", "подпись");

    public static BilingualText FullName { get; } = new("аты-жөні", "Ф.И.О.");

    public static BilingualText Confirmed { get; } = new("расталды", "подтверждён");

    public static BilingualText NotConfirmed { get; } = new("расталмады", "не подтверждён");
}
