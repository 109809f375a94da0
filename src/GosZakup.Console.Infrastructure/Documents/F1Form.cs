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

/// <summary>The fixed text of form F1 (the Rules, "Forms" F1): its title, its columns and whose signatures close it.</summary>
public static class F1Form
{
    public static BilingualText Title { get; } = new(
        "Пайдаланушылардың техникалық іркілістер туралы өтініштерін тіркеу журналы",
        "Журнал регистрации обращений пользователей о технических сбоях");

    public static BilingualText FormName { get; } = new("F1 нысаны", "Форма F1");

    public static BilingualText CreatedAt { get; } = new("Қалыптастырылған уақыты (Астана уақыты)", "Сформирован (время Астаны)");

    public static BilingualText RowCount { get; } = new("Жазбалар саны", "Количество записей");

    public static IReadOnlyList<BilingualText> Columns { get; } =
    [
        new("№", "№"),
        new("Өтініш берген ұйымның атауы", "Наименование обратившейся организации"),
        new("БСН/ЖСН", "БИН/ИИН"),
        new("Өтініштің күні мен уақыты", "Дата и время обращения"),
        new("Пайдаланушы көрсеткен байланыс деректері", "Контактные данные, указанные пользователем"),
        new("Іркілістің сипаттамасы", "Описание сбоя"),
        new("Өтінішті қабылдаған қызметкердің аты-жөні", "ФИО сотрудника, принявшего обращение"),
        new("Расталды / расталмады", "Подтверждён / не подтверждён"),
        new("Растау немесе теріске шығару күні мен уақыты", "Дата и время подтверждения или опровержения"),
        new("Қабылданған шешім", "Принятое решение"),
        new("Оператор қабылдаған шаралар", "Меры, принятые оператором"),
    ];

    /// <summary>Who signs the Journal (the Rules, form F1).</summary>
    public static IReadOnlyList<BilingualText> Signatories { get; } =
    [
        new("Оператордың басшысы", "Руководитель оператора"),
        new("Техникалық әкімшілендіру департаментінің жауапты тұлғасы", "Ответственное лицо департамента технического администрирования"),
    ];

    public static BilingualText Signature { get; } = new("қолы", "подпись");

    public static BilingualText FullName { get; } = new("аты-жөні", "Ф.И.О.");

    public static BilingualText Confirmed { get; } = new("расталды", "подтверждён");

    public static BilingualText NotConfirmed { get; } = new("расталмады", "не подтверждён");
}
