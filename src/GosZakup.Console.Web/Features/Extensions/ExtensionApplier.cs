using GosZakup.Console.Domain.Extensions;
using GosZakup.Console.Infrastructure.Extensions;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.Procurements;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Extensions;

/// <summary>Moves the deadlines of approved proposals, a batch per transaction: the order turns Applied, the deadline in
/// force moves, its history gets the clause and the source, and an auction's automatically formed protocol is marked
/// cancelled (R2 §15.5, §16.5) — all or nothing. Each order is claimed through its concurrency token, so two
/// instances never both apply it, and a rerun finds nothing left to apply.</summary>
public sealed class ExtensionApplier(IDbContextFactory<AppDbContext> dbFactory, ExtensionOptions options, TimeProvider clock, ILogger<ExtensionApplier> log)
{
    /// <param name="sources">The sources to apply, or null for every approved proposal.</param>
    /// <param name="progress">The number applied so far, after each committed batch.</param>
    public async Task<int> ApplyAsync(IReadOnlyCollection<ExtensionSource>? sources, IProgress<int>? progress, CancellationToken ct)
    {
        var applied = 0;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            var batch = await ApplyBatchAsync(sources, ct);
            if (batch < 0) continue; // another instance took some of the batch first: read again
            if (batch == 0) return applied;
            applied += batch;
            progress?.Report(applied);
        }
    }

    /// <returns>How many were applied; 0 when none is left; -1 when the batch lost a race and was rolled back.</returns>
    private async Task<int> ApplyBatchAsync(IReadOnlyCollection<ExtensionSource>? sources, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var query = db.Set<ExtensionOrderRecord>().Where(o => o.State == ExtensionOrderState.Proposed && o.ApprovedAtUtc != null);
        if (sources is not null)
        {
            var kinds = sources.Select(s => s.Kind).Distinct().ToList();
            var ids = sources.Select(s => s.Id).Distinct().ToList();
            query = query.Where(o => kinds.Contains(o.SourceKind) && ids.Contains(o.SourceId));
        }
        var batch = (await query.OrderBy(o => o.Id).Take(options.ApplyBatchSize).ToListAsync(ct))
            .Where(o => sources is null || sources.Contains(o.Source)).ToList();
        if (batch.Count == 0) return 0;

        var procurementIds = batch.Select(o => o.ProcurementId).Distinct().ToList();
        var deadlines = (await db.Set<ProcurementDeadlineRecord>().Where(d => procurementIds.Contains(d.ProcurementId)).ToListAsync(ct))
            .ToDictionary(d => (d.ProcurementId, d.LotId, d.Kind));
        var now = clock.GetUtcNow().UtcDateTime;
        var cancelling = batch.Where(o => o.CancelsAutoProtocol).Select(o => o.ProcurementId).Distinct().ToList();
        foreach (var procurement in await db.Set<ProcurementRecord>().Where(p => cancelling.Contains(p.Id) && p.ResultsProtocolCancelledAtUtc == null)
            .ToListAsync(ct))
            (procurement.ResultsProtocolCancelledAtUtc, procurement.Version) = (now, Guid.NewGuid());

        foreach (var order in batch)
        {
            (order.State, order.AppliedAtUtc, order.Cursor, order.Version) =
                (ExtensionOrderState.Applied, now, ExtensionOrderRecord.CursorOf(now, order.Id), Guid.NewGuid());
            if (!deadlines.TryGetValue((order.ProcurementId, order.LotId, order.Kind), out var deadline)) continue; // the import removed the lot
            var old = deadline.AtUtc;
            if (order.NewUtc <= old) continue; // already stands later: nothing moves, and the history says nothing moved
            deadline.AtUtc = order.NewUtc;
            db.Add(new DeadlineChangeRecord
            {
                ProcurementId = order.ProcurementId, LotId = order.LotId, Kind = order.Kind, OldUtc = old, NewUtc = order.NewUtc, Clause = order.Clause,
                Source = order.SourceId, AtUtc = now, ByName = order.ApprovedByName ?? ExtensionJob.SystemName,
            });
        }
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return batch.Count;
        }
        catch (DbUpdateConcurrencyException)
        {
            log.LogInformation("Extension orders taken by another instance; reading again.");
            return -1;
        }
    }
}
