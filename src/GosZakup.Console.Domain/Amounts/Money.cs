using System.Globalization;

namespace GosZakup.Console.Domain.Amounts;

/// <summary>Tenge amounts as Kazakhstan writes them, in every language of the console, on pages, in PDFs and mails:
/// groups of three split by a narrow no-break space (U+202F), a comma before the tiyn, the tenge sign after a
/// no-break space: "1 480 000,00 ₸". The UI culture does not change it (en-US would print "1,480,000.00"), and a
/// line never breaks inside an amount.</summary>
public static class Money
{
    public const char GroupSeparator = '\u202F';
    public const string Sign = "₸";

    private static readonly NumberFormatInfo Kazakhstan = new()
    {
        NumberGroupSeparator = GroupSeparator.ToString(),
        NumberDecimalSeparator = ",",
        NumberGroupSizes = [3],
        NegativeSign = "-",
    };

    /// <summary>"1 480 000,00 ₸".</summary>
    public static string Format(decimal amount) => $"{Figures(amount)}\u00A0{Sign}";

    /// <summary>"1 480 000,00 ₸", or the given text (e.g. "—") when there is no amount.</summary>
    public static string Format(decimal? amount, string none) => amount is { } value ? Format(value) : none;

    /// <summary>The figures alone, "1 480 000,00", for forms that name the currency in words ("теңге", "тенге").</summary>
    public static string Figures(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero).ToString("#,0.00", Kazakhstan);
}
