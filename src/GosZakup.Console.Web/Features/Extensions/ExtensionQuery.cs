using GosZakup.Console.Domain.Extensions;
using GosZakup.Console.Infrastructure.Extensions;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Extensions;

public sealed record SourceOrders(IReadOnlyList<ExtensionOrderRecord> Rows, int Total, IReadOnlyDictionary<ExtensionOrderState, int> ByState,
    int AwaitingApproval, ProposalSnapshot Snapshot);

/// <summary>Reads stored orders for the pages: a source's (the incident's panel) and a procurement's.</summary>
public sealed class ExtensionQuery(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<SourceOrders> ForSourcesAsync(IReadOnlyList<ExtensionSource> sources, int skip, int take, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var kinds = sources.Select(s => s.Kind).ToList();
        var id = sources[0].Id;
        var query = db.Set<ExtensionOrderRecord>().AsNoTracking().Where(o => o.SourceId == id && kinds.Contains(o.SourceKind));
        var byState = (await query.GroupBy(o => o.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct)).ToDictionary(g => g.Key, g => g.Count);
        var open = query.Where(o => o.State == ExtensionOrderState.Proposed && o.ApprovedAtUtc == null);
        var awaiting = await open.CountAsync(ct);
        var latest = awaiting == 0 ? (DateTime?)null : await open.MaxAsync(o => o.ComputedAtUtc, ct);
        var rows = await query
            .OrderBy(o => o.State == ExtensionOrderState.Superseded).ThenBy(o => o.ProcurementNumber).ThenBy(o => o.LotNumber).ThenBy(o => o.Kind)
            .Skip(skip).Take(take).ToListAsync(ct);
        return new SourceOrders(rows, byState.Values.Sum(), byState, awaiting, new ProposalSnapshot(awaiting, latest));
    }

    public async Task<IReadOnlyList<ExtensionOrderRecord>> ForProcurementAsync(Guid procurementId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<ExtensionOrderRecord>().AsNoTracking().Where(o => o.ProcurementId == procurementId)
            .OrderBy(o => o.Kind).ThenBy(o => o.ComputedAtUtc).ToListAsync(ct);
    }
}
