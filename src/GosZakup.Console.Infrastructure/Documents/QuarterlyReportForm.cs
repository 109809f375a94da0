using GosZakup.Console.Domain.Acts;
using GosZakup.Console.Domain.Incidents;

namespace GosZakup.Console.Infrastructure.Documents;

/// <summary>The fixed Kazakh and Russian text of the quarterly report (R2 §27), shared by its PDF and its spreadsheet.</summary>
public static class QuarterlyReportForm
{
    public static BilingualText Title { get; } = new(
        "Жұмыс тобына техникалық іркілістер туралы тоқсандық есеп", "Квартальный отчёт Рабочей группе о технических сбоях");

    public static BilingualText Quarter(Domain.Calendar.Quarter quarter) =>
        new($"{quarter.Year} жылғы {quarter.Number}-тоқсан (Қағидалардың 27-тармағы)", $"{quarter.Number}-й квартал {quarter.Year} года (пункт 27 Правил)");

    public static BilingualText Partial(string asOf) =>
        new($"Тоқсан әлі аяқталған жоқ: есеп {asOf} жағдай бойынша.", $"Квартал ещё не закончился: отчёт по состоянию на {asOf}.");

    public static BilingualText BuiltAt { get; } = new("Жасалды (Астана уақыты)", "Сформирован (время Астаны)");

    public static BilingualText LevelsSection { get; } = new("1. Іркілістер деңгейлер бойынша", "1. Сбои по уровням");
    public static BilingualText IncidentsSection { get; } = new(
        "2. Іркілістер: себептері, шаралары, нәтижесі, алдын алу ұсыныстары",
        "2. Сбои: причины, меры, результат, рекомендации по предотвращению");
    public static BilingualText BreachesSection { get; } = new(
        "3. Қағидалар мерзімдерінің бұзылуы (тармақтар бойынша)", "3. Нарушения сроков Правил (по пунктам)");
    public static BilingualText ActsSection { get; } = new(
        "4. Өнім берушілер өтінімді қамтамасыз етуден айырылған қол қойылған актілер",
        "4. Подписанные акты, по которым поставщики лишились обеспечения заявки");
    public static BilingualText JournalSection { get; } = new(
        "5. Өтініштерді есепке алу журналынан үзінді (F1 нысаны)", "5. Выписка из Журнала учета обращений (форма F1)");

    public static BilingualText None { get; } = new("Жоқ.", "Нет.");
    public static BilingualText Total { get; } = new("Барлығы", "Итого");
    public static BilingualText NotConfirmed { get; } = new("расталмаған", "не подтверждён");

    public static BilingualText JournalShown(int shown, int total) =>
        new($"Тоқсанда {total} өтініш; үзіндіде алғашқы {shown}.", $"За квартал {total} обращений; в выписке первые {shown}.");

    public static IReadOnlyList<BilingualText> LevelColumns { get; } = [new("Деңгейі", "Уровень"), new("Іркілістер", "Сбои")];

    public static IReadOnlyList<BilingualText> IncidentColumns { get; } =
    [
        new("Нөмірі", "Номер"), new("Тіркелді", "Зарегистрирован"), new("Деңгейі", "Уровень"), new("Операторға байланысты", "Связан с оператором"),
        new("Себебі", "Причина"), new("Қабылданған шаралар", "Принятые меры"), new("Нәтижесі", "Результат"),
        new("Алдын алу ұсыныстары", "Рекомендации по предотвращению"),
    ];

    public static IReadOnlyList<BilingualText> BreachColumns { get; } =
    [
        new("Тармақ", "Пункт"), new("Міндет", "Обязанность"), new("Мерзімі келді", "Наступил срок"), new("Бұзылды", "Нарушено"), new("Үлесі, %", "Доля, %"),
    ];

    public static IReadOnlyList<BilingualText> ActColumns { get; } =
    [
        new("Акт", "Акт"), new("Қол қойылды", "Подписан"), new("Жарияланды", "Опубликован"), new("Сатып алу", "Закупка"),
        new("Өнім беруші (БСН/ЖСН)", "Поставщик (БИН/ИИН)"), new("Сомасы, теңге", "Сумма, тенге"), new("Қайтарылуы", "Возврат"),
    ];

    public static BilingualText SecurityTotals(QuarterSecurity security) => new(
        $"Актілердегі қамтамасыз ету: {AmountInWords.Figures(security.InActs)} теңге. Тоқсанда тапсырыс берушілер қайтарды: {security.ReturnedByOrganisers} " +
        $"({AmountInWords.Figures(security.ReturnedAmount)} теңге); оператор өз қаражатынан қайтарды: " +
        $"{security.RefundedByOperator} ({AmountInWords.Figures(security.RefundedAmount)} теңге).",
        $"Обеспечение в актах: {AmountInWords.Figures(security.InActs)} тенге. За квартал организаторы вернули: {security.ReturnedByOrganisers} " +
        $"({AmountInWords.Figures(security.ReturnedAmount)} тенге); оператор возместил из собственных средств: " +
        $"{security.RefundedByOperator} ({AmountInWords.Figures(security.RefundedAmount)} тенге).");

    public static BilingualText Head { get; } = new("Оператор басшысы", "Руководитель оператора");
    public static BilingualText SignedDigitally { get; } = new("электрондық цифрлық қолтаңбамен қол қойылды", "подписано электронной цифровой подписью");

    /// <summary>A Kazakh / Russian pair written once, or <paramref name="none"/> when neither is given.</summary>
    public static string Pair(string? kazakh, string? russian, string none) =>
        string.IsNullOrWhiteSpace(kazakh) && string.IsNullOrWhiteSpace(russian) ? none : new BilingualText(kazakh ?? none, russian ?? none).Both;

    public static BilingualText Level(Severity? level) => level is { } known ? ActF2Form.Level(known) : NotConfirmed;

    public static BilingualText OperatorRelated(bool? related) => related switch
    {
        true => new("иә", "да"),
        false => new("жоқ", "нет"),
        null => new("—", "—"),
    };

    public static BilingualText Result(QuarterIncident incident) => incident.FixedAtUtc is { } fixedAt
        ? new($"жойылды {Domain.Calendar.AstanaTime.Text(fixedAt)}", $"устранён {Domain.Calendar.AstanaTime.Text(fixedAt)}")
        : DailyAnalysisPdf.Status(incident.Status);

    public static BilingualText Return(SecurityReturnState? state) => state switch
    {
        null => new("акт жарияланбаған", "акт не опубликован"),
        SecurityReturnState.AwaitingOrganiser => new("тапсырыс берушіні күтуде (Қағидалардың 18-тармағы)", "ожидается от организатора (п. 18 Правил)"),
        SecurityReturnState.ReturnedByOrganiser => new("тапсырыс беруші қайтарды", "возвращено организатором"),
        SecurityReturnState.CreditedToBudget => new("бюджетке аударылды (Қағидалардың 19-тармағы)", "зачислено в бюджет (п. 19 Правил)"),
        SecurityReturnState.LetterReceived => new("F3 хаты алынды (Қағидалардың 20-тармағы)", "получено письмо F3 (п. 20 Правил)"),
        SecurityReturnState.Refunded => new("оператор қайтарды", "возмещено оператором"),
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };
}
