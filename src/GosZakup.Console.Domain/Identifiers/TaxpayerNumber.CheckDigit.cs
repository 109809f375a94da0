namespace GosZakup.Console.Domain.Identifiers;

public sealed partial record TaxpayerNumber
{
    private static readonly int[] FirstWeights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    private static readonly int[] SecondWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

    /// <summary>The check digit (12th digit) of a BIN/IIN from its first eleven digits: the sum of the
    /// digits weighted 1..11, mod 11; when that is 10, the sum weighted 3..11,1,2, mod 11; when that is 10
    /// too, <c>null</c>: such numbers are never issued.</summary>
    /// <exception cref="ArgumentException">Not exactly eleven ASCII digits.</exception>
    public static int? CheckDigit(ReadOnlySpan<char> firstEleven)
    {
        if (firstEleven.Length != 11 || !AllAsciiDigits(firstEleven))
        {
            throw new ArgumentException("Expected the first eleven digits of a BIN/IIN.", nameof(firstEleven));
        }

        var first = WeightedSumMod11(firstEleven, FirstWeights);
        if (first != 10)
        {
            return first;
        }

        var second = WeightedSumMod11(firstEleven, SecondWeights);
        return second == 10 ? null : second;
    }

    private static int WeightedSumMod11(ReadOnlySpan<char> digits, int[] weights)
    {
        var sum = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += (digits[i] - '0') * weights[i];
        }

        return sum % 11;
    }

    private static bool AllAsciiDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
