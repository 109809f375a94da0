using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace GosZakup.Console.Domain.Identifiers;

/// <summary>A Kazakh BIN/IIN: twelve digits, the last a check digit. An IIN (individual) starts with
/// the birth date YYMMDD, so its fifth digit is 0-3; a BIN (legal entity) starts with the registration
/// YYMM and a type digit 4-6, so the two cannot be confused.</summary>
public sealed partial record TaxpayerNumber
{
    private TaxpayerNumber(string value, TaxpayerKind kind, LocalDate? birthDate, bool? isMale, string? binType)
    {
        Value = value;
        Kind = kind;
        BirthDate = birthDate;
        IsMale = isMale;
        BinType = binType;
    }

    /// <summary>The twelve digits.</summary>
    public string Value { get; }

    public TaxpayerKind Kind { get; }

    /// <summary>IIN only: the birth date of digits 1-6, in the century of digit 7.</summary>
    public LocalDate? BirthDate { get; }

    /// <summary>IIN only: digit 7 odd.</summary>
    public bool? IsMale { get; }

    /// <summary>BIN only: "resident legal entity", "non-resident legal entity" or
    /// "individual entrepreneur (joint)", from digit 5.</summary>
    public string? BinType { get; }

    /// <summary>Reads a BIN/IIN, ignoring whitespace at both ends. Exactly one of the outs is set.</summary>
    public static bool TryParse(
        string? text,
        [NotNullWhen(true)] out TaxpayerNumber? number,
        [NotNullWhen(false)] out TaxpayerNumberProblem? problem)
    {
        number = null;
        problem = Check(text?.Trim(), out var digits);
        if (problem is null)
        {
            number = Decode(digits!);
            problem = number is null ? TaxpayerNumberProblem.NotADateOrType : null;
        }

        return number is not null;
    }

    /// <exception cref="FormatException">The text is not a BIN/IIN; the message names the problem.</exception>
    public static TaxpayerNumber Parse(string text) =>
        TryParse(text, out var number, out var problem)
            ? number
            : throw new FormatException($"\"{text}\" is not a BIN/IIN: {problem}.");

    public override string ToString() => Value;

    private static TaxpayerNumberProblem? Check(string? text, out string? digits)
    {
        digits = text;
        if (string.IsNullOrEmpty(text))
        {
            return TaxpayerNumberProblem.Empty;
        }

        if (text.Length != 12 || !AllAsciiDigits(text))
        {
            return TaxpayerNumberProblem.NotTwelveDigits;
        }

        var check = CheckDigit(text.AsSpan(0, 11));
        if (check is null)
        {
            return TaxpayerNumberProblem.NeverIssued;
        }

        return check == text[11] - '0' ? null : TaxpayerNumberProblem.BadCheckDigit;
    }
}
