using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Journal;

/// <summary>A row of the Register Journal (form F1): a registered appeal with its incident.</summary>
public sealed record JournalRow(
    string Number, string Organisation, string? TaxpayerNumber, DateTime ReceivedAtUtc, string? Email, string? Phone,
    string Description, string? Employee, DateTime RegisteredAtUtc, string Status, AppealChannel Channel,
    DateTime? DecidedAtUtc = null, string? Decision = null, string? Measures = null);

public sealed record JournalRows(IReadOnlyList<JournalRow> Rows, int Total);

/// <summary>Reads the Register Journal: filtered and sorted by <see cref="JournalFilter"/> (newest registration
/// first by default), paged on the server.</summary>
public sealed class JournalQuery(IDbContextFactory<AppDbContext> dbFactory)
{
    /// <remarks>The count comes first; when it leaves nothing to show (no match, or a page past the end) the rows are not read.
    /// Substring terms go through <see cref="JournalSearch"/> on SQLite.</remarks>
    public async Task<JournalRows> PageAsync(JournalFilter filter, int skip, int take, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var search = await JournalSearch.PrepareAsync(db, filter, ct);
        var query = db.Matching(filter, search);
        var total = await search.CountAsync(db, filter, ct) ?? await query.CountAsync(ct);
        return new JournalRows(skip >= total ? [] : await RowsAsync(query, filter, skip, take, ct), total);
    }

    /// <summary>Every matching row for an export, or none (with the count) when more than <paramref name="cap"/> match.</summary>
    public async Task<JournalRows> AllAsync(JournalFilter filter, int cap, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var search = await JournalSearch.PrepareAsync(db, filter, ct);
        var query = db.Matching(filter, search);
        var total = await search.CountAsync(db, filter, ct) ?? await query.CountAsync(ct);
        return total > cap || total == 0 ? new JournalRows([], total) : new JournalRows(await RowsAsync(query, filter, 0, cap, ct), total);
    }

    /// <summary>The incident statuses present in the Journal, for the status filter.</summary>
    public async Task<IReadOnlyList<string>> StatusesAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<IncidentRecord>().AsNoTracking().Select(i => i.Status).Distinct().OrderBy(s => s).ToListAsync(ct);
    }

    private static Task<List<JournalRow>> RowsAsync(IQueryable<AppealRecord> query, JournalFilter filter, int skip, int take, CancellationToken ct) =>
        query.Sorted(filter).Skip(skip).Take(take)
            .Select(a => new JournalRow(a.Incident!.Number, a.OrganisationName, a.TaxpayerNumber, a.ReceivedAtUtc, a.ContactEmail, a.ContactPhone,
                a.Description, a.RegisteredByName, a.RegisteredAtUtc!.Value, a.Incident.Status, a.Channel,
                a.Incident.DecidedAtUtc, a.Incident.ReproductionResult, a.Incident.FixMeasures))
            .ToListAsync(ct);
}
