using GosZakup.Console.Domain.Identifiers;
using static GosZakup.Console.Domain.Tests.Identifiers.TestNumbers;

namespace GosZakup.Console.Domain.Tests.Identifiers;

/// <summary>What TryParse accepts and refuses, and why. Check digits are either worked by hand (in
/// <see cref="CheckDigitTests"/>) or computed by <see cref="TestNumbers"/>.</summary>
public class TaxpayerNumberCases
{
    public static TheoryData<string, string, TaxpayerKind> Accepted => new()
    {
        { "hand-verified IIN, first pass 51 mod 11 = 7", "900101300017", TaxpayerKind.Individual },
        { "hand-verified IIN, first pass 10, second pass 1", "900101300811", TaxpayerKind.Individual },
        { "hand-verified BIN, first pass 74 mod 11 = 8", "150840000018", TaxpayerKind.LegalEntity },
        { "hand-verified BIN, first pass 10, second pass 0", "150840000910", TaxpayerKind.LegalEntity },
        { "spaces at both ends are trimmed", "  900101300017 ", TaxpayerKind.Individual },
        { "a tab and a newline at the ends are trimmed", "\t150840000018\n", TaxpayerKind.LegalEntity },
        { "a girl born in the 2000s", WithCheckDigit("05061560001"), TaxpayerKind.Individual },
        { "the last day of a year", WithCheckDigit("99123140001"), TaxpayerKind.Individual },
        { "29 February 2000, a leap year", WithCheckDigit("00022950001"), TaxpayerKind.Individual },
        { "a man born in the 1800s", WithCheckDigit("87061110001"), TaxpayerKind.Individual },
        { "a non-resident legal entity", WithCheckDigit("15085000001"), TaxpayerKind.LegalEntity },
        { "individual entrepreneurs in joint form", WithCheckDigit("15086000001"), TaxpayerKind.LegalEntity },
        { "a branch", WithCheckDigit("15084100001"), TaxpayerKind.LegalEntity },
        { "a peasant farm", WithCheckDigit("15084300001"), TaxpayerKind.LegalEntity },
    };

    public static TheoryData<string, string?, TaxpayerNumberProblem> Refused => new()
    {
        { "null", null, TaxpayerNumberProblem.Empty },
        { "the empty string", "", TaxpayerNumberProblem.Empty },
        { "only spaces", "   ", TaxpayerNumberProblem.Empty },
        { "11 digits", "90010130001", TaxpayerNumberProblem.NotTwelveDigits },
        { "13 digits", "9001013000170", TaxpayerNumberProblem.NotTwelveDigits },
        { "a letter for the last digit", "90010130001A", TaxpayerNumberProblem.NotTwelveDigits },
        { "a Cyrillic О for a zero", "9О0101300017", TaxpayerNumberProblem.NotTwelveDigits },
        { "a space inside", "900101 300017", TaxpayerNumberProblem.NotTwelveDigits },
        { "a dash inside", "900101-300017", TaxpayerNumberProblem.NotTwelveDigits },
        { "full-width digits are not ASCII digits", "９００１０１３０００１７", TaxpayerNumberProblem.NotTwelveDigits },
        { "check digit 8 where 7 is due", "900101300018", TaxpayerNumberProblem.BadCheckDigit },
        { "a wrong check digit on a second-pass IIN", WithWrongCheckDigit("90010130081"), TaxpayerNumberProblem.BadCheckDigit },
        { "a wrong check digit on a BIN", WithWrongCheckDigit("15084000001"), TaxpayerNumberProblem.BadCheckDigit },
        { "two digits swapped", "900101300071", TaxpayerNumberProblem.BadCheckDigit },
        { "both passes give 10 (found by brute force)", "900101300805", TaxpayerNumberProblem.NeverIssued },
        { "both passes give 10, whatever the last digit", "900101300800", TaxpayerNumberProblem.NeverIssued },
        { "both passes give 10: 1989-04-02, male, serial 1584", "890402315840", TaxpayerNumberProblem.NeverIssued },
        { "a BIN where both passes give 10", "150840000965", TaxpayerNumberProblem.NeverIssued },
        { "IIN month 13", WithCheckDigit("90130130001"), TaxpayerNumberProblem.NotADateOrType },
        { "IIN day 32", WithCheckDigit("90013230001"), TaxpayerNumberProblem.NotADateOrType },
        { "IIN day 00", WithCheckDigit("90010030001"), TaxpayerNumberProblem.NotADateOrType },
        { "29 February 1900, not a leap year", WithCheckDigit("00022930001"), TaxpayerNumberProblem.NotADateOrType },
        { "29 February 2001", WithCheckDigit("01022950001"), TaxpayerNumberProblem.NotADateOrType },
        { "IIN century digit 0 (see the decision in TaxpayerNumber.Decode.cs)", WithCheckDigit("90010100001"), TaxpayerNumberProblem.NotADateOrType },
        { "IIN century digit 7", WithCheckDigit("90010170001"), TaxpayerNumberProblem.NotADateOrType },
        { "IIN century digit 9", WithCheckDigit("90010190001"), TaxpayerNumberProblem.NotADateOrType },
        { "digit 5 is 7: neither a BIN type nor an IIN day", WithCheckDigit("15087000001"), TaxpayerNumberProblem.NotADateOrType },
        { "digit 5 is 9: neither a BIN type nor an IIN day", WithCheckDigit("15089000001"), TaxpayerNumberProblem.NotADateOrType },
        { "BIN registration month 13", WithCheckDigit("15134000001"), TaxpayerNumberProblem.NotADateOrType },
        { "BIN registration month 00", WithCheckDigit("15004000001"), TaxpayerNumberProblem.NotADateOrType },
        { "BIN kind 4 (only 0-3 exist)", WithCheckDigit("15084400001"), TaxpayerNumberProblem.NotADateOrType },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void A_valid_number_is_accepted_with_its_kind(string why, string text, TaxpayerKind kind)
    {
        var accepted = TaxpayerNumber.TryParse(text, out var number, out var problem);

        Assert.True(accepted, $"{why}: refused as {problem}");
        Assert.Null(problem);
        Assert.NotNull(number);
        Assert.Equal(text.Trim(), number.Value);
        Assert.Equal(kind, number.Kind);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void An_invalid_number_is_refused_with_its_problem(string why, string? text, TaxpayerNumberProblem expected)
    {
        var accepted = TaxpayerNumber.TryParse(text, out var number, out var problem);

        Assert.False(accepted, $"{why}: accepted as {number}");
        Assert.Null(number);
        Assert.True(expected == problem, $"{why}: expected {expected}, got {problem}");
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Parse_names_the_problem_in_its_FormatException(string why, string? text, TaxpayerNumberProblem expected)
    {
        var error = Assert.Throws<FormatException>(() => TaxpayerNumber.Parse(text!));

        Assert.True(error.Message.Contains(expected.ToString(), StringComparison.Ordinal), $"{why}: {error.Message}");
    }
}
