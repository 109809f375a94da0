namespace GosZakup.Console.Domain.Tests.Identifiers;

/// <summary>Builds BIN/IINs for the tables with a check digit computed here, independently of the
/// production code: weights 1..11, and when that gives 10, weights 3..11,1,2.</summary>
public static class TestNumbers
{
    /// <summary>The eleven digits followed by their check digit.</summary>
    public static string WithCheckDigit(string firstEleven) =>
        firstEleven + (CheckDigitOf(firstEleven) ?? throw new ArgumentException($"{firstEleven} is never issued"));

    /// <summary>The eleven digits followed by a digit that is not their check digit.</summary>
    public static string WithWrongCheckDigit(string firstEleven) =>
        firstEleven + ((CheckDigitOf(firstEleven)!.Value + 1) % 10);

    public static int? CheckDigitOf(string firstEleven)
    {
        var first = WeightedSum(firstEleven, i => i + 1) % 11;
        if (first < 10)
        {
            return first;
        }

        var second = WeightedSum(firstEleven, i => ((i + 2) % 11) + 1) % 11;
        return second < 10 ? second : null;
    }

    private static int WeightedSum(string digits, Func<int, int> weightAt) =>
        digits.Select((c, i) => (c - '0') * weightAt(i)).Sum();
}
