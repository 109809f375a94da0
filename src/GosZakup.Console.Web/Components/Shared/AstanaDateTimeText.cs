using System.Globalization;

namespace GosZakup.Console.Web.Components.Shared;

/// <summary>The text of a date-and-time field: Astana wall-clock time as <c>dd.MM.yyyy HH:mm</c>, the same in kk, ru and
/// en whatever the browser's locale. Reading looks at the twelve digits only, so a text pasted or typed with other
/// separators reads the same.</summary>
public static class AstanaDateTimeText
{
    public const string Format = "dd.MM.yyyy HH:mm";
    private const string Digits = "ddMMyyyyHHmm";

    public static string Show(DateTime? value) => value?.ToString(Format, CultureInfo.InvariantCulture) ?? "";

    public static AstanaDateTimeReading Read(string? text)
    {
        var digits = new string((text ?? "").Where(char.IsAsciiDigit).ToArray());
        if (digits.Length == 0 && string.IsNullOrWhiteSpace(text))
            return AstanaDateTimeReading.Empty;
        if (digits.Length != Digits.Length)
            return AstanaDateTimeReading.Incomplete;
        return DateTime.TryParseExact(digits, Digits, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? AstanaDateTimeReading.Of(value)
            : AstanaDateTimeReading.Impossible;
    }
}

/// <summary>What a date-and-time text says: nothing, not yet all of it, a date that does not exist (31.02, 25:00), or a
/// wall-clock time.</summary>
public sealed record AstanaDateTimeReading(AstanaDateTimeReading.Kind State, DateTime? Value)
{
    public enum Kind { Empty, Incomplete, Impossible, Valid }

    public static AstanaDateTimeReading Empty { get; } = new(Kind.Empty, null);
    public static AstanaDateTimeReading Incomplete { get; } = new(Kind.Incomplete, null);
    public static AstanaDateTimeReading Impossible { get; } = new(Kind.Impossible, null);
    public static AstanaDateTimeReading Of(DateTime value) => new(Kind.Valid, value);
}
