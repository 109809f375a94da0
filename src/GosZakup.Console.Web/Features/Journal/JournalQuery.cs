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
    string Description, string? EmployeeLogin, DateTime RegisteredAtUtc, string Status, AppealChannel Channel,
    DateTime? DecidedAtUtc = null, string? Decision = null, string? Measures = null, string? EmployeeId = null)
{
    public StaffName Employee { get; init; } = StaffName.Recorded(EmployeeLogin);
}

/// <summary>A page (or an export) of the Journal. <see cref="ShortTermsFromUtc"/> is set when a term of 1–2 characters was
/// looked for only among the appeals received from that instant on (see <see cref="JournalShortTerms"/>); the page says so.</summary>
public sealed record JournalRows(IReadOnlyList<JournalRow> Rows, int Total, DateTime? ShortTermsFromUtc = null);

/// <summary>Reads the Register Journal: filtered and sorted by <see cref="JournalFilter"/> (newest registration
/// first by default), paged on the server. The employee is named from the users: the filter matches a part of their name in
/// any language or of their login, and each row shows the names they have now.</summary>
public sealed class JournalQuery(IDbContextFactory<AppDbContext> dbFactory)
{
    /// <remarks>The count comes first; when it leaves nothing to show (no match, or a page past the end) the rows are not read.
    /// Substring terms go through <see cref="JournalSearch"/> on SQLite.</remarks>
    public async Task<JournalRows> PageAsync(JournalFilter filter, int skip, int take, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var window = JournalShortTerms.AnyIn(filter) ? await JournalShortTerms.WindowStartAsync(db, filter, ct) : null;
        var (staff, query, total) = await MatchingAsync(db, filter, window, ct);
        return new JournalRows(skip >= total ? [] : await RowsAsync(query, filter, staff, skip, take, ct), total, window);
    }

    /// <summary>Every matching row for an export, or none (with the count) when more than <paramref name="cap"/> match. A short
    /// term is looked for in every row here, not in a window.</summary>
    public async Task<JournalRows> AllAsync(JournalFilter filter, int cap, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (staff, query, total) = await MatchingAsync(db, filter, null, ct);
        return total > cap || total == 0 ? new JournalRows([], total) : new JournalRows(await RowsAsync(query, filter, staff, 0, cap, ct), total);
    }

    /// <remarks>The count comes first; when it leaves nothing to show (no match, or a page past the end) the rows are not read.
    /// Substring terms go through <see cref="JournalSearch"/> on SQLite. An employee term that names users is matched by their
    /// ids and logins instead (the index knows only what each row recorded, a login).</remarks>
    private static async Task<(StaffNameBook, IQueryable<AppealRecord>, int)> MatchingAsync(
        AppDbContext db, JournalFilter filter, DateTime? receivedFrom, CancellationToken ct)
    {
        var staff = await StaffNameBook.ReadAsync(db, ct);
        var named = staff.Matching(filter.Employee);
        var indexed = named is null ? filter : filter with { Employee = null };
        var search = await JournalSearch.PrepareAsync(db, indexed, ct, receivedFrom);
        var status = await JournalStatusCount.PrepareAsync(db, indexed.Status, ct);
        var query = db.Matching(indexed, search, receivedFrom, status.Common);
        if (named is not null) query = query.TakenBy(named, filter.Employee!.Trim());
        var total = (named is null ? await search.CountAsync(db, indexed, ct) : null)
            ?? (named is null && receivedFrom is null ? await status.CountAloneAsync(db, indexed, ct) : null)
            ?? await query.CountAsync(ct);
        return (staff, query, total);
    }

    /// <summary>The incident statuses present in the Journal, for the status filter.</summary>
    public async Task<IReadOnlyList<string>> StatusesAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<IncidentRecord>().AsNoTracking().Select(i => i.Status).Distinct().OrderBy(s => s).ToListAsync(ct);
    }

    private static async Task<List<JournalRow>> RowsAsync(
        IQueryable<AppealRecord> query, JournalFilter filter, StaffNameBook staff, int skip, int take, CancellationToken ct)
    {
        var rows = await query.Sorted(filter).Skip(skip).Take(take)
            .Select(a => new JournalRow(a.Incident!.Number, a.OrganisationName, a.TaxpayerNumber, a.ReceivedAtUtc, a.ContactEmail, a.ContactPhone,
                a.Description, a.RegisteredByName, a.RegisteredAtUtc!.Value, a.Incident.Status, a.Channel,
                a.Incident.DecidedAtUtc, a.Incident.ReproductionResult, a.Incident.FixMeasures, a.RegisteredById))
            .ToListAsync(ct);
        return [.. rows.Select(r => r with { Employee = staff.Of(r.EmployeeId, r.EmployeeLogin) })];
    }
}
