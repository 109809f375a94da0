using System.Globalization;
using GosZakup.Console.Domain.Incidents;
using Microsoft.AspNetCore.WebUtilities;

namespace GosZakup.Console.Web.Features.Journal;

public enum JournalSort
{
    Registered,
    Number,
    Received,
    Organisation,
}

/// <summary>Filters of the Register Journal. Dates are Astana calendar days of the appeal, both ends included;
/// organisation and employee match a part, BIN/IIN matches from its start; <see cref="Text"/> is the search box.</summary>
public sealed record JournalFilter(
    string? Text = null, DateTime? FromDay = null, DateTime? ToDay = null, string? Organisation = null, string? Taxpayer = null,
    AppealChannel? Channel = null, string? Employee = null, string? Status = null, JournalSort SortBy = JournalSort.Registered,
    bool Descending = true)
{
    private const string Day = "yyyy-MM-dd";

    /// <summary>The filter as a query string ("?from=2026-11-01&amp;bin=9001…"), for the export links.</summary>
    public string ToQueryString()
    {
        var pairs = new Dictionary<string, string?>
        {
            ["q"] = Blank(Text), ["from"] = FromDay?.ToString(Day, CultureInfo.InvariantCulture), ["to"] = ToDay?.ToString(Day, CultureInfo.InvariantCulture),
            ["org"] = Blank(Organisation), ["bin"] = Blank(Taxpayer), ["channel"] = Channel?.ToString(), ["employee"] = Blank(Employee),
            ["status"] = Blank(Status), ["sort"] = SortBy == JournalSort.Registered ? null : SortBy.ToString(), ["desc"] = Descending ? null : "false",
        };
        return QueryHelpers.AddQueryString("", pairs.Where(p => p.Value is not null)!);
    }

    /// <summary>Reads what <see cref="ToQueryString"/> wrote; false when a value cannot be read.</summary>
    public static bool TryParse(IQueryCollection query, out JournalFilter filter)
    {
        filter = new JournalFilter();
        if (!TryDay(query["from"], out var from) || !TryDay(query["to"], out var to)) return false;
        AppealChannel? channel = null;
        if (!string.IsNullOrEmpty(query["channel"]))
        {
            if (!Enum.TryParse<AppealChannel>(query["channel"], ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed)) return false;
            channel = parsed;
        }
        var sort = JournalSort.Registered;
        if (!string.IsNullOrEmpty(query["sort"]) && (!Enum.TryParse(query["sort"], ignoreCase: true, out sort) || !Enum.IsDefined(sort))) return false;
        var descending = true;
        if (!string.IsNullOrEmpty(query["desc"]) && !bool.TryParse(query["desc"], out descending)) return false;
        filter = new JournalFilter(Blank(query["q"]), from, to, Blank(query["org"]), Blank(query["bin"]), channel, Blank(query["employee"]),
            Blank(query["status"]), sort, descending);
        return true;
    }

    private static bool TryDay(string? text, out DateTime? day)
    {
        day = null;
        if (string.IsNullOrEmpty(text)) return true;
        if (!DateTime.TryParseExact(text, Day, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) return false;
        day = parsed;
        return true;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
