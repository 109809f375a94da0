namespace GosZakup.Console.Domain.Identifiers;

/// <summary>Why a text is not a BIN/IIN.</summary>
public enum TaxpayerNumberProblem
{
    /// <summary>Nothing but whitespace, or nothing at all.</summary>
    Empty,

    /// <summary>Not exactly twelve ASCII digits (after trimming whitespace at both ends).</summary>
    NotTwelveDigits,

    /// <summary>The twelfth digit is not the check digit of the first eleven.</summary>
    BadCheckDigit,

    /// <summary>Both weightings give 10: no check digit exists, so the number is never issued.</summary>
    NeverIssued,

    /// <summary>The check digit is right, but the number is neither an IIN with a real birth date and a
    /// known century digit nor a BIN with a registration month, a type 4-6 and a kind 0-3.</summary>
    NotADateOrType,
}
