using GosZakup.Console.Domain.Extensions;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Calendar;
using GosZakup.Console.Infrastructure.Extensions;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace GosZakup.Console.Web.Features.Extensions;

/// <summary>Computes the extension orders of a source and stores them as proposals (<see cref="OrderStore"/>), in one
/// transaction with clearing the source's "extensions due" mark: a run that stops before the commit leaves the mark,
/// and the sweep runs it again.</summary>
public sealed class ExtensionPlanner(IDbContextFactory<AppDbContext> dbFactory, CalendarStore calendars, ExtensionOptions options,
    Incidents.IncidentNotifier notifier, TimeProvider clock)
{
    /// <summary>R2 §10 and §14-§16 for one incident: its analysis window and its failure.</summary>
    public async Task<StoreResult?> ComputeForIncidentAsync(string number, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var incident = await db.Set<IncidentRecord>().Include(i => i.Appeals).AsSplitQuery().SingleOrDefaultAsync(i => i.Number == number, ct);
        if (incident is null) return null;
        var (scope, orders) = await ProposeAsync(db, incident, ct);
        var result = await OrderStore.SaveAsync(db, scope, IncidentFailureFacts.Sources(number), orders, Now(), options.ApplyWithoutApproval, ct);
        incident.ExtensionsDueAtUtc = null;
        await SaveAsync(db, ct);
        await transaction.CommitAsync(ct);
        notifier.Changed(incident.Id);
        return result;
    }

    /// <summary>What the incident's facts would give, computed and not stored: the severity wizard's preview.</summary>
    public async Task<IReadOnlyList<ExtensionOrder>> PreviewAsync(IncidentRecord incident, IReadOnlyList<AppealRecord> appeals, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var copy = new IncidentRecord
        {
            Number = incident.Number, SystemModule = incident.SystemModule, Status = incident.Status, Severity = incident.Severity,
            RegisteredAtUtc = incident.RegisteredAtUtc, DecidedAtUtc = incident.DecidedAtUtc, PlannedFixAtUtc = incident.PlannedFixAtUtc,
            FixedAtUtc = incident.FixedAtUtc, Appeals = [.. appeals],
        };
        var (_, orders) = await ProposeAsync(db, copy, ct);
        return orders;
    }

    /// <summary>R2 §24 for one window of an approved works plan: deadlines inside it move by the works' duration.</summary>
    public async Task<StoreResult?> ComputeForWorksAsync(string code, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var window = await db.Set<WorksWindowRecord>().SingleOrDefaultAsync(w => w.Code == code, ct);
        if (window is null) return null;
        var approved = await db.Set<WorksPlanRecord>().AnyAsync(p => p.Id == window.PlanId && p.ApprovedAtUtc != null, ct);
        var modules = window.ModuleList;
        var scope = await ProcurementScope.LoadAsync(db, modules, [], everyModule: modules.Count == 0, ct);
        var orders = approved ? WorksOrders(window, scope.Procurements, options.Settings) : [];
        var result = await OrderStore.SaveAsync(db, scope, [WorksSource(code)], orders, Now(), options.ApplyWithoutApproval, ct);
        window.ExtensionsDueAtUtc = null;
        await SaveAsync(db, ct);
        await transaction.CommitAsync(ct);
        return result;
    }

    /// <summary>R2 §24 for one window, computed and not stored (the planned-works page's preview; <see cref="ComputeForWorksAsync"/>
    /// stores it): deadlines inside the window (the actual end once recorded) move by the works' duration, module by module.</summary>
    public static IReadOnlyList<ExtensionOrder> WorksOrders(WorksWindowRecord window, IReadOnlyList<ProcurementDeadlines> procurements,
        ExtensionSettings settings)
    {
        var start = Instant.FromDateTimeUtc(window.StartUtc);
        var end = Instant.FromDateTimeUtc(window.ActualEndUtc ?? window.EndUtc);
        if (end <= start) return [];
        var modules = window.ModuleList;
        var orders = modules.Count == 0 ? ExtensionEngine.ForPlannedWorks(new WorksWindow(window.Code, start, end), procurements, settings)
            : modules.SelectMany(m => ExtensionEngine.ForPlannedWorks(new WorksWindow(window.Code, start, end, m), procurements, settings));
        return [.. orders.OrderBy(o => o.Procurement, StringComparer.Ordinal).ThenBy(o => o.Lot, StringComparer.Ordinal).ThenBy(o => o.Deadline)];
    }

    public static ExtensionSource WorksSource(string code) => new(ExtensionSourceKind.PlannedWorks, code);

    private async Task<(ProcurementScope Scope, List<ExtensionOrder> Orders)> ProposeAsync(AppDbContext db, IncidentRecord incident, CancellationToken ct)
    {
        var facts = IncidentFailureFacts.From(incident, incident.Appeals);
        var named = facts.Affected;
        // R2 §16.2 takes the whole module at high level; R2 §10 takes it when the appeals name no procurement.
        var wholeModule = facts.Module.Length > 0 && (incident.Severity == Severity.High || named.Count == 0);
        var scope = await ProcurementScope.LoadAsync(db, wholeModule ? [facts.Module] : [], [.. named], IncidentFailureFacts.ReachesEveryModule(incident), ct);
        var calendar = await calendars.AllAsync(ct);
        var orders = new List<ExtensionOrder>(ExtensionEngine.ForAnalysisWindow(facts, scope.Procurements, calendar, options.Settings));
        orders.AddRange(ExtensionEngine.ForFailure(facts, scope.Procurements, calendar, options.Settings));
        return (scope, orders);
    }

    private static async Task SaveAsync(AppDbContext db, CancellationToken ct)
    {
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
