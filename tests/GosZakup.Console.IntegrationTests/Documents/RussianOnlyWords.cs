namespace GosZakup.Console.IntegrationTests.Documents;

/// <summary>R1 §12: Kazakh and Russian text must not mix. These are the words a Russian text would leave in a Kazakh one:
/// the Russian wording of forms F2 and F3 and of the Act's announcement, its prepositions and abbreviations, and the
/// System's module names as the registry gives them. Each was checked against the Kazakh original of the Rules
/// (seed 000): none of them is a Kazakh word there (its single letters stand only in words spaced out letter by letter).
/// Words both languages write alike ("акт", "лот", "лоты", "оператор", "конкурс", "аукцион", "бенефициар") are not listed.</summary>
internal static class RussianOnlyWords
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        // prepositions, conjunctions, abbreviations
        "в", "и", "с", "о", "к", "у", "по", "от", "до", "на", "при", "для", "или", "г.", "АО", "ТОО", "ИП", "Ф.И.О.", "М.П.", "БИН", "ИИН",
        // the Russian wording of F2, F3 and the announcement
        "Настоящим", "настоящий", "актом", "акта", "единый", "оператора", "оператором", "подтверждает", "факт", "сбой", "сбоя", "сбое",
        "период", "время", "Астаны", "модуль", "модуле", "закупка", "закупки", "закупке", "закупок", "закупкам", "лота", "лоту", "лотам",
        "технического", "техническая", "вид", "уровень", "сложности", "причина", "связанный", "зависящий", "высокий", "средний", "низкий",
        "поставщик", "поставщика", "поставщиков", "потенциального", "ценового", "ценовое", "предложения", "подпись", "Приложение", "форма",
        "Проверка", "подлинности", "Руководитель", "взамен", "сумма", "зачислена", "доход", "бюджета", "организатор", "реквизиты",
        // the System's modules by their Russian names
        "Запрос", "ценовых", "предложений", "Из", "одного", "источника",
    };

    /// <summary>The Russian-only words of <paramref name="kazakh"/>, compared whole, without the punctuation around them.</summary>
    public static IReadOnlyList<string> In(string kazakh) =>
        [.. kazakh.Split((char[])[' ', '\n', '\r', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.Trim('«', '»', '(', ')', '"', ',', ':', ';', '–', '—', '!', '?'))
            .Where(word => Words.Contains(word) || Words.Contains(word.TrimEnd('.')))];
}
