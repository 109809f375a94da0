using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace GosZakup.Console.Domain.Calendar;

/// <summary>A calendar quarter in Astana time (R2 §27: the operator reports to the Working Group every quarter), written
/// "2026-Q4"; it runs from the first day's midnight in Astana to the next quarter's.</summary>
public sealed partial record Quarter(int Year, int Number)
{
    public static Quarter Containing(DateTime utc)
    {
        var day = AstanaTime.FromUtc(utc).Date;
        return new Quarter(day.Year, (day.Month - 1) / 3 + 1);
    }

    public static bool TryParse(string? text, out Quarter quarter)
    {
        quarter = new Quarter(0, 0);
        var match = Pattern().Match(text?.Trim() ?? "");
        if (!match.Success) return false;
        quarter = new Quarter(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value[0] - '0');
        return true;
    }

    public DateTime FromUtc => AstanaTime.ToUtc(new LocalDateTime(Year, 3 * Number - 2, 1, 0, 0));

    public DateTime ToUtc => Next.FromUtc;

    public Quarter Next => Number == 4 ? new Quarter(Year + 1, 1) : new Quarter(Year, Number + 1);

    public Quarter Previous => Number == 1 ? new Quarter(Year - 1, 4) : new Quarter(Year, Number - 1);

    /// <summary>The first and last Astana days, for day filters.</summary>
    public (LocalDate First, LocalDate Last) Days =>
        (new LocalDate(Year, 3 * Number - 2, 1), new LocalDate(Year, 3 * Number - 2, 1).PlusMonths(3).PlusDays(-1));

    public bool Contains(DateTime utc) => utc >= FromUtc && utc < ToUtc;

    public override string ToString() => $"{Year}-Q{Number}";

    [GeneratedRegex(@"^(\d{4})-[Qq]([1-4])$")]
    private static partial Regex Pattern();
}
