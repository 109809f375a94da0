namespace GosZakup.Console.Infrastructure.Documents;

/// <summary>Whole numbers below a trillion in Kazakh words. Kazakh numerals do not inflect for the noun they count,
/// so the words only stack: "бір миллион бес жүз мың". Style, matching the Russian words beside them: a lone hundred
/// is "жүз" (as "сто"), while thousands, millions and milliards always name their count, "бір мың" (as "одна тысяча").</summary>
internal static class KazakhNumberWords
{
    private static readonly string[] Units = ["", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"];
    private static readonly string[] Tens = ["", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан"];
    private static readonly (long Value, string Word)[] Scales = [(1_000_000_000, "миллиард"), (1_000_000, "миллион"), (1_000, "мың"), (1, "")];

    public static string Write(long number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(number, 1_000_000_000_000);
        if (number == 0) return "нөл";
        var words = new List<string>();
        foreach (var (value, word) in Scales)
        {
            var group = (int)(number / value % 1000);
            if (group == 0) continue;
            words.AddRange(Hundreds(group));
            if (word.Length > 0) words.Add(word);
        }
        return string.Join(" ", words);
    }

    private static IEnumerable<string> Hundreds(int group)
    {
        var (hundreds, tens, units) = (group / 100, group / 10 % 10, group % 10);
        if (hundreds > 1) yield return Units[hundreds];
        if (hundreds > 0) yield return "жүз";
        if (tens > 0) yield return Tens[tens];
        if (units > 0) yield return Units[units];
    }
}
