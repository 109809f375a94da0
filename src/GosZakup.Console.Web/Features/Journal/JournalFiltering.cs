using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Identity;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace GosZakup.Console.Web.Features.Journal;

/// <summary>Turns a <see cref="JournalFilter"/> into SQL over the registered appeals.</summary>
internal static class JournalFiltering
{
    /// <summary>The registered appeals that match <paramref name="filter"/>. The substring terms that <paramref name="search"/>
    /// answers from the SQLite search index are left to it; on PostgreSQL they are ILIKE conditions its pg_trgm indexes serve
    /// (migration JournalSearch), elsewhere plain conditions. <paramref name="receivedFrom"/> is the window of
    /// <see cref="JournalShortTerms"/>; <paramref name="commonStatus"/> says the status filter matches more than
    /// <see cref="JournalSearch.DriveLimit"/> incidents.</summary>
    public static IQueryable<AppealRecord> Matching(this AppDbContext db, JournalFilter filter, JournalSearch search, DateTime? receivedFrom = null,
        bool commonStatus = false)
    {
        var query = search.Source(db).AsNoTracking().Where(a => a.IncidentId != null);
        if (filter.Text is { Length: > 0 } text && !search.ServesText)
            query = search.PostgresText?.Apply(query)
                ?? query.Where(a => a.Incident!.Number.Contains(text) || a.OrganisationName.Contains(text) || (a.TaxpayerNumber ?? "").Contains(text));
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
        if (receivedFrom is { } windowStart) query = query.Where(a => a.ReceivedAtUtc >= windowStart);
        if (filter.Organisation is { Length: > 0 } organisation && !search.ServesOrganisation)
        {
            var pattern = Contained(organisation);
            query = search.OnPostgres
                ? query.Where(a => EF.Functions.ILike(a.OrganisationName, pattern, Escape))
                : query.Where(a => a.OrganisationName.Contains(organisation));
        }
        if (filter.Taxpayer is { Length: > 0 } taxpayer) query = ByTaxpayerPrefix(query, taxpayer);
        if (filter.Channel is { } channel) query = ByChannel(query, channel, search.OnSqlite);
        if (filter.Employee is { Length: > 0 } employee && !search.ServesEmployee)
        {
            var pattern = Contained(employee);
            query = search.OnPostgres
                ? query.Where(a => a.RegisteredByName != null && EF.Functions.ILike(a.RegisteredByName, pattern, Escape))
                : query.Where(a => a.RegisteredByName != null && a.RegisteredByName.Contains(employee));
        }
        if (filter.Status is { Length: > 0 } status) query = ByStatus(query, status, commonStatus && search.OnSqlite);
        return query;
    }

    /// <summary>The escape character of <see cref="Contained"/>'s LIKE patterns.</summary>
    internal const string Escape = "\\";

    /// <summary>A LIKE pattern matching <paramref name="term"/> anywhere, its own %, _ and backslash taken literally.</summary>
    internal static string Contained(string term) =>
        "%" + term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal) + "%";

    /// <summary>A status that more than <see cref="JournalSearch.DriveLimit"/> incidents have is written, on SQLite, so that no
    /// index can serve it (<c>CASE WHEN … THEN 1 ELSE 0 END = 1</c>): the page then walks the registration index and stops after
    /// a page (under 1 ms) instead of joining every incident of that status and sorting them all (2.3 s at 1M rows). A rarer
    /// status stays a plain condition, which starts from the incidents' status index.</summary>
    private static IQueryable<AppealRecord> ByStatus(IQueryable<AppealRecord> query, string name, bool walk)
    {
        var status = IncidentStatusName.Parse(name);
        return walk ? query.Where(a => (a.Incident!.Status == status ? 1 : 0) == 1) : query.Where(a => a.Incident!.Status == status);
    }

    /// <summary>Appeals registered by the users an employee term names (by id, or by the login older rows kept), or whose
    /// recorded name contains the term.</summary>
    public static IQueryable<AppealRecord> TakenBy(this IQueryable<AppealRecord> query, StaffMatch staff, string term)
    {
        var (ids, logins) = (staff.Ids.ToList(), staff.Logins.ToList());
        return query.Where(a => (a.RegisteredById != null && ids.Contains(a.RegisteredById))
            || (a.RegisteredByName != null && (logins.Contains(a.RegisteredByName) || a.RegisteredByName.Contains(term))));
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

    internal static DateTime StartOfAstanaDay(DateTime day) => AstanaTime.ToUtc(LocalDate.FromDateTime(day).AtMidnight());

    /// <summary>A BIN/IIN prefix as a range ("9905" → from "9905" up to "9906"), which the index on
    /// TaxpayerNumber serves; LIKE 'x%' would read the whole table (measured: 1.5 s against 1 ms at 1M rows).</summary>
    private static IQueryable<AppealRecord> ByTaxpayerPrefix(IQueryable<AppealRecord> query, string prefix)
    {
        if (!prefix.All(char.IsAsciiDigit) || prefix.Length > 12 || prefix.All(c => c == '9'))
            return query.Where(a => a.TaxpayerNumber != null && a.TaxpayerNumber.StartsWith(prefix));
        var upper = (long.Parse(prefix, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
            .PadLeft(prefix.Length, '0');
        return query.Where(a => a.TaxpayerNumber != null && string.Compare(a.TaxpayerNumber, prefix) >= 0 && string.Compare(a.TaxpayerNumber, upper) < 0);
    }

    /// <summary>On SQLite the channel test is written as <c>CASE WHEN Channel = @c THEN 1 ELSE 0 END = 1</c>. Channel has no
    /// index, and SQLite takes a plain <c>Channel = @c</c> to be selective: it then reads the whole table and sorts it
    /// (0.8 s at 1M rows) instead of walking the registration index and stopping after a page (under 1 ms).</summary>
    private static IQueryable<AppealRecord> ByChannel(IQueryable<AppealRecord> query, Domain.Incidents.AppealChannel channel, bool onSqlite) =>
        onSqlite ? query.Where(a => (a.Channel == channel ? 1 : 0) == 1) : query.Where(a => a.Channel == channel);
}
