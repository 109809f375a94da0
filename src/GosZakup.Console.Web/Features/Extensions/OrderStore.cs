using GosZakup.Console.Domain.Extensions;
using GosZakup.Console.Infrastructure.Extensions;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Extensions;

public sealed record StoreResult(int Proposed, int Superseded, int Removed);

/// <summary>Stores freshly computed orders: merges them with the stored orders of the same procurements
/// (<see cref="ExtensionEngine.Merge"/>) and writes the difference. Orders in force are never touched; an open order
/// keeps its row (and its id) when recomputed, and loses its approval when its new deadline changes.</summary>
public static class OrderStore
{
    public static async Task<StoreResult> SaveAsync(AppDbContext db, ProcurementScope scope, IReadOnlyList<ExtensionSource> recomputed,
        IReadOnlyList<ExtensionOrder> fresh, DateTime now, bool approve, CancellationToken ct)
    {
        // Around the change tracker where a writer exists for the provider (a high failure stores 50,000 orders).
        var bulk = db.Database.IsSqlite() || db.Database.IsNpgsql();
        var stored = await LoadAsync(db, scope, recomputed, tracked: !bulk, ct);
        var (added, changed, deleted) = (new List<ExtensionOrderRecord>(), new List<ExtensionOrderRecord>(), new List<ExtensionOrderRecord>());
        var openByKey = new Dictionary<(string, string?, DeadlineKind, ExtensionSource), ExtensionOrderRecord>();
        foreach (var record in stored.Where(r => !IsInForce(r)))
            if (!openByKey.TryAdd(Key(record), record)) deleted.Add(record);

        // An override a person made stands: a recomputation of its source does not compete with it.
        var overridden = openByKey.Where(p => p.Value.OverrideKind == ApprovalKind.Override).Select(p => p.Key).ToHashSet();
        var incoming = fresh.Where(o => !overridden.Contains((o.Procurement, o.Lot, o.Deadline, o.Source))).ToList();
        var merged = ExtensionEngine.Merge(stored.Select(r => r.ToDomain()), incoming, recomputed);

        var ids = stored.GroupBy(r => r.ProcurementNumber).ToDictionary(g => g.Key, g => g.First().ProcurementId);
        int proposed = 0, superseded = 0;
        var matched = new HashSet<ExtensionOrderRecord>();
        foreach (var order in merged)
        {
            if (order.IsInForce) continue;
            if (order.State == ExtensionOrderState.Proposed) proposed++; else superseded++;
            if (openByKey.TryGetValue((order.Procurement, order.Lot, order.Deadline, order.Source), out var record))
            {
                matched.Add(record);
                if (Update(record, order, now, approve)) changed.Add(record);
                continue;
            }
            var procurementId = scope.IdOf(order.Procurement) ?? ids[order.Procurement];
            record = new ExtensionOrderRecord
            {
                ProcurementId = procurementId, ProcurementNumber = order.Procurement, LotNumber = order.Lot, LotId = scope.LotIdOf(procurementId, order.Lot),
                Kind = order.Deadline, SourceKind = order.Source.Kind, SourceId = order.Source.Id, ComputedAtUtc = now,
            };
            added.Add(record);
            Update(record, order, now, approve);
        }
        deleted.AddRange(openByKey.Values.Where(r => !matched.Contains(r)));
        if (bulk && db.Database.IsNpgsql()) await PostgreSqlOrderWriter.WriteAsync(db, added, changed, deleted, ct);
        else if (bulk) await SqliteOrderWriter.WriteAsync(db, added, changed, deleted, ct);
        else
        {
            db.AddRange(added); // the changed ones are tracked
            db.RemoveRange(deleted);
        }
        return new StoreResult(proposed, superseded, deleted.Count);
    }

    /// <summary>Every stored order of the procurements in scope, and the open orders of the recomputed sources wherever
    /// they are (a procurement that left the scope loses them), with the other orders of those procurements, which
    /// may win again.</summary>
    private static async Task<List<ExtensionOrderRecord>> LoadAsync(AppDbContext db, ProcurementScope scope, IReadOnlyList<ExtensionSource> recomputed,
        bool tracked, CancellationToken ct)
    {
        var orders = tracked ? db.Set<ExtensionOrderRecord>() : db.Set<ExtensionOrderRecord>().AsNoTracking();
        var inScope = scope.IdsQuery(db);
        var stored = await orders.Where(o => inScope.Contains(o.ProcurementId)).ToListAsync(ct);
        foreach (var source in recomputed)
        {
            var left =
                orders.Where(o => o.SourceKind == source.Kind && o.SourceId == source.Id && !inScope.Contains(o.ProcurementId)).Select(o => o.ProcurementId);
            stored.AddRange(await orders.Where(o => left.Contains(o.ProcurementId)).ToListAsync(ct));
        }
        return [.. stored.DistinctBy(o => o.Id)];
    }

    /// <returns>Whether anything changed.</returns>
    private static bool Update(ExtensionOrderRecord record, ExtensionOrder order, DateTime now, bool approve)
    {
        var newUtc = order.New.ToDateTimeUtc();
        var agreement = order.Approval is { Kind: ApprovalKind.OwnerAgreement } owner ? owner : null; // force majeure carries the Owner's agreement
        var changed = record.NewUtc != newUtc || record.OldUtc != order.Old.ToDateTimeUtc() || record.State != order.State || record.Clause != order.Clause
            || record.Provisional != order.Provisional || record.CancelsAutoProtocol != order.CancelsAutoProtocol
            || (agreement is not null && (record.OverrideByName != agreement.By || record.OverrideReason != agreement.Reason));
        if (!changed) return false;
        if (record.NewUtc != newUtc) (record.ApprovedAtUtc, record.ApprovedByName) = (null, null);
        (record.OldUtc, record.NewUtc, record.State, record.Clause) = (order.Old.ToDateTimeUtc(), newUtc, order.State, order.Clause);
        (record.Provisional, record.CancelsAutoProtocol, record.ComputedAtUtc, record.Version) =
            (order.Provisional, order.CancelsAutoProtocol, now, Guid.NewGuid());
        if (agreement is not null) (record.OverrideKind, record.OverrideByName, record.OverrideReason) = (agreement.Kind, agreement.By, agreement.Reason);
        if (approve && record.ApprovedAtUtc is null) (record.ApprovedAtUtc, record.ApprovedByName) = (now, ExtensionJob.SystemName);
        return true;
    }

    private static bool IsInForce(ExtensionOrderRecord record) => record.State is ExtensionOrderState.Applied or ExtensionOrderState.Published;

    private static (string, string?, DeadlineKind, ExtensionSource) Key(ExtensionOrderRecord record) =>
        (record.ProcurementNumber, record.LotNumber, record.Kind, record.Source);
}
