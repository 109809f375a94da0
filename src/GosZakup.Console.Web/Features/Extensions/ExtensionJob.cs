using GosZakup.Console.Domain.Extensions;
using GosZakup.Console.Infrastructure.Extensions;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Hosting;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Extensions;

/// <summary>The background work of extensions: compute what an event changed, apply what is approved, publish what is
/// applied. Every step reads its state from the database, so a run repeated, interrupted or lost does no harm: the
/// recurring sweep redoes whatever is still marked due, approved or unpublished.</summary>
public sealed class ExtensionJob(IDbContextFactory<AppDbContext> dbFactory, ExtensionPlanner planner, ExtensionApplier applier,
    ExtensionPublisher publisher, ILogger<ExtensionJob> log)
{
    public const string SweepId = "extension-sweep";

    /// <summary>The name the history and announcements show for what the console did on its own.</summary>
    public const string SystemName = "GosZakup.Console";

    public static void Schedule(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<ExtensionJob>(SweepId, job => job.SweepAsync(CancellationToken.None), "*/5 * * * *",
            new RecurringJobOptions { TimeZone = AstanaJobZone.Instance });

    /// <summary>An incident's decision, level, planned fix or fix changed.</summary>
    [AutomaticRetry(Attempts = 3)]
    public async Task RunForIncidentAsync(string number, CancellationToken ct)
    {
        var due = await IsDueAsync(db => db.Set<IncidentRecord>().AnyAsync(i => i.Number == number && i.ExtensionsDueAtUtc != null, ct), ct);
        if (due) await planner.ComputeForIncidentAsync(number, ct);
        await ApplyAndPublishAsync(IncidentFailureFacts.Sources(number), ct);
    }

    /// <summary>A works plan was approved or one of its approved windows changed.</summary>
    [AutomaticRetry(Attempts = 3)]
    public async Task RunForWorksAsync(string code, CancellationToken ct)
    {
        var due = await IsDueAsync(db => db.Set<WorksWindowRecord>().AnyAsync(w => w.Code == code && w.ExtensionsDueAtUtc != null, ct), ct);
        if (due) await planner.ComputeForWorksAsync(code, ct);
        await ApplyAndPublishAsync([ExtensionPlanner.WorksSource(code)], ct);
    }

    /// <summary>Finds the work a lost or failed job left: sources marked due, approved proposals, unpublished orders.</summary>
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task SweepAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        foreach (var number in await db.Set<IncidentRecord>().Where(i => i.ExtensionsDueAtUtc != null).Select(i => i.Number).ToListAsync(ct))
            await planner.ComputeForIncidentAsync(number, ct);
        foreach (var code in await db.Set<WorksWindowRecord>().Where(w => w.ExtensionsDueAtUtc != null).Select(w => w.Code).ToListAsync(ct))
            await planner.ComputeForWorksAsync(code, ct);
        var applied = await applier.ApplyAsync(null, null, ct);
        var unpublished = await db.Set<ExtensionOrderRecord>().Where(o => o.State == ExtensionOrderState.Applied)
            .Select(o => new { o.SourceKind, o.SourceId }).Distinct().ToListAsync(ct);
        foreach (var group in unpublished.GroupBy(s => (s.SourceKind == ExtensionSourceKind.PlannedWorks, s.SourceId)))
            await publisher.PublishAsync([.. group.Select(s => new ExtensionSource(s.SourceKind, s.SourceId))], ct);
        if (applied > 0 || unpublished.Count > 0) log.LogInformation("Extension sweep: {Applied} applied, {Sources} sources published", applied,
            unpublished.Count);
    }

    private async Task ApplyAndPublishAsync(IReadOnlyList<ExtensionSource> sources, CancellationToken ct)
    {
        await applier.ApplyAsync(sources, null, ct);
        await publisher.PublishAsync(sources, ct);
    }

    private async Task<bool> IsDueAsync(Func<AppDbContext, Task<bool>> query, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await query(db);
    }
}
