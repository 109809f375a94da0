using System.Globalization;
using GosZakup.Console.Domain.Amounts;
using Humanizer;

namespace GosZakup.Console.Infrastructure.Documents;

/// <summary>A tenge amount written out as Kazakhstan's payment documents do: the whole tenge in words, the tiyn
/// in two figures, e.g. "один миллион пятьсот тысяч тенге 50 тиын" and "бір миллион бес жүз мың теңге 50 тиын".
/// Lower case, so it reads inside a sentence or in brackets after the figures. Russian words come from Humanizer;
/// Humanizer has no Kazakh, so <see cref="KazakhNumberWords"/> writes those.</summary>
public static class AmountInWords
{
    private static readonly CultureInfo RussianCulture = CultureInfo.GetCultureInfo("ru");

    public static string Russian(decimal amount)
    {
        var (tenge, tiyn) = Split(amount);
        // Тенге is masculine in Russian: "один тенге", "два тенге", "одна тысяча" comes from тысяча itself.
        return $"{tenge.ToWords(GrammaticalGender.Masculine, RussianCulture)} тенге {tiyn:00} тиын";
    }

    public static string Kazakh(decimal amount)
    {
        var (tenge, tiyn) = Split(amount);
        return $"{KazakhNumberWords.Write(tenge)} теңге {tiyn:00} тиын";
    }

    /// <summary>The figures as the forms print them, in the Kazakhstan format of <see cref="Money"/>: "1 500 000,50".</summary>
    public static string Figures(decimal amount)
    {
        Split(amount);
        return Money.Figures(amount);
    }

    private static (long Tenge, int Tiyn) Split(decimal amount)
    {
        if (amount < 0) throw new ArgumentOutOfRangeException(nameof(amount), amount, "An application security is never negative.");
        if (decimal.Round(amount, 2) != amount) throw new ArgumentException($"{amount} has fractions of a tiyn.", nameof(amount));
        if (amount >= 1_000_000_000_000m)
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "Amounts of a trillion tenge or more are not written out.");
        var tenge = (long)decimal.Truncate(amount);
        return (tenge, (int)((amount - tenge) * 100));
    }
}
