using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Identity;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Journal;

/// <summary>A row of the Register Journal (form F1): a registered appeal with its incident. <see cref="Employee"/> is the
/// person who took it, by name (F1 prints the full name, never a login); <see cref="EmployeeId"/> and
/// <see cref="EmployeeLogin"/> are what the row recorded.</summary>
public sealed record JournalRow(
    string Number, string Organisation, string? TaxpayerNumber, DateTime ReceivedAtUtc, string? Email, string? Phone,
    string Description, string? EmployeeLogin, DateTime RegisteredAtUtc, IncidentStatus Status, AppealChannel Channel,
    DateTime? DecidedAtUtc = null, string? Decision = null, string? Measures = null, string? EmployeeId = null)
{
    public StaffName Employee { get; init; } = StaffName.Recorded(EmployeeLogin);
}

/// <summary>A page (or an export) of the Journal. <see cref="ShortTermsFromUtc"/> is set when a term of 1–2 characters was
/// looked for only among the appeals received from that instant on (see <see cref="JournalShortTerms"/>); the page says so.
/// <see cref="MoreThanTotal"/> says a page's count stopped at <see cref="JournalQuery.CountLimit"/>: more rows match.</summary>
public sealed record JournalRows(IReadOnlyList<JournalRow> Rows, int Total, DateTime? ShortTermsFromUtc = null, bool MoreThanTotal = false);

/// <summary>Reads the Register Journal: filtered and sorted by <see cref="JournalFilter"/> (newest registration
/// first by default), paged on the server. The employee is named from the users: the filter matches a part of their name in
/// any language or of their login, and each row shows the names they have now.</summary>
public sealed class JournalQuery(IDbContextFactory<AppDbContext> dbFactory)
{
    /// <summary>A page counts the matching rows up to this many and then says "more than": an exact count of a common term
    /// reads every match (seconds over a million rows on PostgreSQL), while a person refines a search long before page 40
    /// (as GitHub's search stops at 1,000 results).
    /// Downloads and the quarterly report count exactly (<see cref="AllAsync"/>).</summary>
    public const int CountLimit = 1_000;

    /// <remarks>The count comes first; when it leaves nothing to show (no match, or a page past the end) the rows are not read.
    /// Pages reach the first <see cref="CountLimit"/> rows.</remarks>
    public async Task<JournalRows> PageAsync(JournalFilter filter, int skip, int take, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var window = JournalShortTerms.AnyIn(filter) ? await JournalShortTerms.WindowStartAsync(db, filter, ct) : null;
        var matches = await MatchingAsync(db, filter, window, ct);
        var counted = await CountUpToAsync(db, matches, CountLimit, ct);
        var total = Math.Min(counted, CountLimit);
        var rows = skip >= total || take <= 0 ? [] : await RowsAsync(matches, filter, skip, Math.Min(take, total - skip), ct);
        return new JournalRows(rows, total, window, counted > CountLimit);
    }

    /// <summary>How many rows match, counted up to <paramref name="limit"/> + 1: whether a download of them is possible.</summary>
    public async Task<int> CountUpToAsync(JournalFilter filter, int limit, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var matches = await MatchingAsync(db, filter, null, ct);
        return await CountUpToAsync(db, matches, limit, ct);
    }

    /// <remarks>When the search box matches many incident numbers on PostgreSQL, the rows are counted newest registration first,
    /// as the page shows them: a number carries its year, rows lie on disk in the order they came, and a term only recent rows
    /// match ("INC-2026") was otherwise looked for through every older row first (4.3 s). Other terms keep the plan PostgreSQL
    /// picks: walking the registration index for a term of 0.7 % ("№37") took 0.34 s against 0.12 s from its trigram index.</remarks>
    private static async Task<int> CountUpToAsync(AppDbContext db, Matches matches, int limit, CancellationToken ct) =>
        (matches.Indexed is null ? null : await matches.Search.CountUpToAsync(db, matches.Indexed, limit, ct))
        ?? await (matches.Search.PostgresText is { ManyIncidents: true } ? matches.Query.OrderByDescending(a => a.RegisteredAtUtc) : matches.Query)
            .Take(limit + 1).CountAsync(ct);

    /// <summary>Every matching row for an export, or none (with the count) when more than <paramref name="cap"/> match. A short
    /// term is looked for in every row here, not in a window.</summary>
    public async Task<JournalRows> AllAsync(JournalFilter filter, int cap, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var matches = await MatchingAsync(db, filter, null, ct);
        var total = await matches.ExactCountAsync(db, ct);
        return total > cap || total == 0 ? new JournalRows([], total) : new JournalRows(await RowsAsync(matches, filter, 0, cap, ct), total);
    }

    /// <remarks>Substring terms go through <see cref="JournalSearch"/> on SQLite. An employee term that names users is matched
    /// by their ids and logins instead (the index knows only what each row recorded, a login).</remarks>
    private static async Task<Matches> MatchingAsync(AppDbContext db, JournalFilter filter, DateTime? receivedFrom, CancellationToken ct)
    {
        var staff = await StaffNameBook.ReadAsync(db, ct);
        var named = staff.Matching(filter.Employee);
        var indexed = named is null ? filter : filter with { Employee = null };
        var search = await JournalSearch.PrepareAsync(db, indexed, ct, receivedFrom);
        var status = await JournalStatusCount.PrepareAsync(db, indexed.Status, ct);
        var query = db.Matching(indexed, search, receivedFrom, status.Common);
        if (named is not null) query = query.TakenBy(named, filter.Employee!.Trim());
        return new Matches(staff, query, named is null ? indexed : null, search, status);
    }

    /// <summary>The matching rows, and what can count them exactly without reading them all: the search index or the status
    /// index, when they answer the whole filter (<see cref="Indexed"/> is null when an employee term names users).</summary>
    private sealed record Matches(StaffNameBook Staff, IQueryable<AppealRecord> Query, JournalFilter? Indexed, JournalSearch Search, JournalStatusCount Status)
    {
        public async Task<int> ExactCountAsync(AppDbContext db, CancellationToken ct) =>
            (Indexed is null ? null : await Search.CountAsync(db, Indexed, ct) ?? await Status.CountAloneAsync(db, Indexed, ct))
            ?? await Query.CountAsync(ct);
    }

    /// <summary>The incident statuses present in the Journal, for the status filter.</summary>
    public async Task<IReadOnlyList<string>> StatusesAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var statuses = await db.Set<IncidentRecord>().AsNoTracking().Select(i => i.Status).Distinct().ToListAsync(ct);
        return [.. statuses.Select(s => s.ToString()).Order(StringComparer.Ordinal)];
    }

    private static async Task<List<JournalRow>> RowsAsync(Matches matches, JournalFilter filter, int skip, int take, CancellationToken ct)
    {
        var rows = await matches.Query.Sorted(filter).Skip(skip).Take(take)
            .Select(a => new JournalRow(a.Incident!.Number, a.OrganisationName, a.TaxpayerNumber, a.ReceivedAtUtc, a.ContactEmail, a.ContactPhone,
                a.Description, a.RegisteredByName, a.RegisteredAtUtc!.Value, a.Incident.Status, a.Channel,
                a.Incident.DecidedAtUtc, a.Incident.ReproductionResult, a.Incident.FixMeasures, a.RegisteredById))
            .ToListAsync(ct);
        return [.. rows.Select(r => r with { Employee = matches.Staff.Of(r.EmployeeId, r.EmployeeLogin) })];
    }
}
