using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Infrastructure.Incidents;
using NodaTime;

namespace GosZakup.Console.Web.Features.Journal;

/// <summary>Turns a <see cref="JournalFilter"/> into SQL over the registered appeals.</summary>
internal static class JournalFiltering
{
    public static IQueryable<AppealRecord> Matching(this IQueryable<AppealRecord> query, JournalFilter filter)
    {
        query = query.Where(a => a.IncidentId != null);
        if (filter.Text is { Length: > 0 } text)
            query = query.Where(a => a.Incident!.Number.Contains(text) || a.OrganisationName.Contains(text) || (a.TaxpayerNumber ?? "").Contains(text));
        if (filter.FromDay is { } from)
        {
            var start = StartOfAstanaDay(from);
            query = query.Where(a => a.ReceivedAtUtc >= start);
        }
        if (filter.ToDay is { } to)
        {
            var end = StartOfAstanaDay(to.AddDays(1));
            query = query.Where(a => a.ReceivedAtUtc < end);
        }
        if (filter.Organisation is { Length: > 0 } organisation) query = query.Where(a => a.OrganisationName.Contains(organisation));
        if (filter.Taxpayer is { Length: > 0 } taxpayer) query = ByTaxpayerPrefix(query, taxpayer);
        if (filter.Channel is { } channel) query = query.Where(a => a.Channel == channel);
        if (filter.Employee is { Length: > 0 } employee) query = query.Where(a => a.RegisteredByName != null && a.RegisteredByName.Contains(employee));
        if (filter.Status is { Length: > 0 } status) query = query.Where(a => a.Incident!.Status == status);
        return query;
    }

    public static IOrderedQueryable<AppealRecord> Sorted(this IQueryable<AppealRecord> query, JournalFilter filter) => (filter.SortBy, filter.Descending) switch
    {
        (JournalSort.Number, false) => query.OrderBy(a => a.Incident!.Number),
        (JournalSort.Number, true) => query.OrderByDescending(a => a.Incident!.Number),
        (JournalSort.Received, false) => query.OrderBy(a => a.ReceivedAtUtc).ThenBy(a => a.Incident!.Number),
        (JournalSort.Received, true) => query.OrderByDescending(a => a.ReceivedAtUtc).ThenByDescending(a => a.Incident!.Number),
        (JournalSort.Organisation, false) => query.OrderBy(a => a.OrganisationName).ThenBy(a => a.Incident!.Number),
        (JournalSort.Organisation, true) => query.OrderByDescending(a => a.OrganisationName).ThenBy(a => a.Incident!.Number),
        (_, false) => query.OrderBy(a => a.RegisteredAtUtc).ThenBy(a => a.Incident!.Number),
        _ => query.OrderByDescending(a => a.RegisteredAtUtc).ThenByDescending(a => a.Incident!.Number),
    };

    private static DateTime StartOfAstanaDay(DateTime day) => AstanaTime.ToUtc(LocalDate.FromDateTime(day).AtMidnight());

    /// <summary>A BIN/IIN prefix as a range ("9905" → from "9905" up to "9906"), which the index on
    /// TaxpayerNumber serves; LIKE 'x%' would read the whole table (measured: 1.5 s against 1 ms at 1M rows).</summary>
    private static IQueryable<AppealRecord> ByTaxpayerPrefix(IQueryable<AppealRecord> query, string prefix)
    {
        if (!prefix.All(char.IsAsciiDigit) || prefix.Length > 12 || prefix.All(c => c == '9'))
            return query.Where(a => a.TaxpayerNumber != null && a.TaxpayerNumber.StartsWith(prefix));
        var upper = (long.Parse(prefix, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(prefix.Length, '0');
        return query.Where(a => a.TaxpayerNumber != null && string.Compare(a.TaxpayerNumber, prefix) >= 0 && string.Compare(a.TaxpayerNumber, upper) < 0);
    }
}
