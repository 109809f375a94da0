using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Extensions;
using GosZakup.Console.Infrastructure.Extensions;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.Procurements;
using GosZakup.Console.Web.Features.Extensions;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.PlannedWorks;

/// <summary>Reads the plans for the page, with each window's R2 §24 orders computed in memory: the Supervisor sees which
/// deadlines a window moves before approving the plan.</summary>
public sealed class WorksPlanQuery(IDbContextFactory<AppDbContext> dbFactory, ExtensionOptions options, TimeProvider clock)
{
    public int CurrentYear => AstanaTime.FromInstant(clock.GetUtcNow()).Year;

    /// <summary>The years that have a plan, with last, this and next year.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var years = await db.Set<WorksPlanRecord>().Select(p => p.Year).ToListAsync(ct);
        return [.. years.Concat([CurrentYear - 1, CurrentYear, CurrentYear + 1]).Distinct().Order()];
    }

    public async Task<WorksPlanView?> LoadAsync(int year, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var plan = await db.Set<WorksPlanRecord>().AsNoTracking().Include(p => p.Windows).SingleOrDefaultAsync(p => p.Year == year, ct);
        if (plan is null) return null;
        var windows = plan.Windows.OrderBy(w => w.StartUtc).ThenBy(w => w.Code, StringComparer.Ordinal).ToList();
        var approved = plan.ApprovedAtUtc is not null;
        var procurements = windows.Count == 0 ? [] : (await ProcurementScope.LoadAsync(db, [], [], everyModule: true, ct)).Procurements;
        var stored = approved ? await StoredMovesAsync(db, [.. windows.Select(w => w.Code)], ct) : [];
        return new WorksPlanView(plan, [.. windows.Select(w => new WorksWindowView(w, WorksWindowView.StateOf(w, approved),
            ExtensionPlanner.WorksOrders(w, procurements, options.Settings), stored.GetValueOrDefault(w.Code)))]);
    }

    /// <summary>The System modules the registry knows, for the window form's choice.</summary>
    public async Task<IReadOnlyList<string>> KnownModulesAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var modules = await db.Set<ProcurementRecord>().Where(p => p.SystemModule != "").Select(p => p.SystemModule).Distinct().ToListAsync(ct);
        return [.. modules.Order(StringComparer.CurrentCulture)];
    }

    /// <summary>Stored orders that move (or moved) a deadline, per window code: superseded ones move nothing.</summary>
    private static async Task<Dictionary<string, int>> StoredMovesAsync(AppDbContext db, List<string> codes, CancellationToken ct)
    {
        var counts = await db.Set<ExtensionOrderRecord>()
            .Where(o => o.SourceKind == ExtensionSourceKind.PlannedWorks && codes.Contains(o.SourceId) && o.State != ExtensionOrderState.Superseded)
            .GroupBy(o => o.SourceId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return counts.ToDictionary(c => c.Key, c => c.Count, StringComparer.Ordinal);
    }
}
