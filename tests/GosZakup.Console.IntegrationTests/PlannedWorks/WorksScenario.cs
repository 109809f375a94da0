using System.Globalization;
using System.Security.Claims;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Extensions;
using GosZakup.Console.Infrastructure.Extensions;
using GosZakup.Console.Infrastructure.Procurements;
using GosZakup.Console.IntegrationTests.Extensions;
using GosZakup.Console.IntegrationTests.Incidents;
using GosZakup.Console.IntegrationTests.Intake;
using GosZakup.Console.Web.Features.Announcements;
using GosZakup.Console.Web.Features.Extensions;
using GosZakup.Console.Web.Features.Incidents;
using GosZakup.Console.Web.Features.PlannedWorks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.IntegrationTests.PlannedWorks;

/// <summary>The 2026 works plan on a pinned clock (Friday 20 November 2026, 12:10 Astana) over six procurements whose
/// acceptance ends on 20 November at 18:00: three on the "Аукцион" module, one on it ending on 23 November instead, and
/// two on another module.</summary>
public sealed class WorksScenario : IAsyncDisposable
{
    public const string Module = "Аукцион";
    public const int Year = 2026;

    public static ClaimsPrincipal Specialist => IncidentScenario.Specialist;
    public static ClaimsPrincipal Supervisor => IncidentScenario.Supervisor;
    public static ClaimsPrincipal Operator => IncidentScenario.Operator;

    private WorksScenario(IntakeServices services) => Services = services;

    public IntakeServices Services { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<WorksScenario> StartAsync()
    {
        var services = await IntakeServices.StartAsync(s => s
            .AddSingleton<IncidentNotifier>()
            .AddAnnouncements()
            .AddExtensions(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build())
            .AddPlannedWorks());
        await using var db = services.NewDb();
        var procurements = await ExtensionProcurements.SeedAsync(db, 6, Module);
        procurements[3].Deadlines.Single(d => d.Kind == DeadlineKind.AcceptanceEnd).AtUtc = Utc("18:00", 23);
        procurements[3].Deadlines.Single(d => d.Kind == DeadlineKind.AcceptanceEnd).AnnouncedUtc = Utc("18:00", 23);
        procurements[4].SystemModule = procurements[5].SystemModule = "Государственные закупки";
        await db.SaveChangesAsync(Ct);
        return new WorksScenario(services);
    }

    /// <summary>An Astana wall-clock time in November 2026.</summary>
    public static DateTime At(string hhmm, int day = 20) => DateTime.ParseExact($"2026-11-{day:00} {hhmm}", "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static DateTime Utc(string hhmm, int day = 20) => AstanaTime.ToUtc(NodaTime.LocalDateTime.FromDateTime(At(hhmm, day)));

    public void ClockAt(string hhmm, int day = 20) => Services.Clock.SetUtcNow(new DateTimeOffset(Utc(hhmm, day), TimeSpan.Zero));

    public T Get<T>() where T : notnull => Services.Get<T>();

    public async Task<WorksPlanRecord> PlanAsync()
    {
        var created = await Get<WorksPlanCommands>().CreateAsync(Year, Specialist, Ct);
        Assert.True(created.Succeeded, $"{created.Refusal} {created.Reason?.Key}");
        await using var db = Services.NewDb();
        return await db.Set<WorksPlanRecord>().AsNoTracking().Include(p => p.Windows).SingleAsync(p => p.Year == Year, Ct);
    }

    public static WorksWindowForm Window(Guid planId, string start, string end, int day = 20, params string[] modules) => new()
    {
        PlanId = planId, Start = At(start, day), End = At(end, day), Modules = modules,
        DescriptionKk = "Аукцион модулін жаңарту.", DescriptionRu = "Обновление модуля «Аукцион».",
    };

    /// <summary>Adds a window and returns its code.</summary>
    public async Task<string> AddWindowAsync(WorksWindowForm form)
    {
        var result = await Get<WorksWindowCommands>().SaveAsync(form, Specialist, Ct);
        Assert.True(result.Succeeded, $"{result.Refusal} {result.Reason?.Key} {string.Join("; ", result.FieldErrors.Select(e => $"{e.Key}: {e.Value.Key}"))}");
        await using var db = Services.NewDb();
        return await db.Set<WorksWindowRecord>().OrderByDescending(w => w.Code).Select(w => w.Code).FirstAsync(Ct);
    }

    public async Task ApproveAsync()
    {
        var plan = await PlanAsync();
        var result = await Get<WorksPlanCommands>().ApproveAsync(plan.Id, plan.Version, Supervisor, Ct);
        Assert.True(result.Succeeded, $"{result.Refusal} {result.Reason?.Key}");
    }

    public async Task RunJobAsync(string code)
    {
        await using var scope = Services.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ExtensionJob>().RunForWorksAsync(code, Ct);
    }

    public async Task ApproveExtensionsAsync(string code)
    {
        var sources = new[] { ExtensionPlanner.WorksSource(code) };
        var seen = (await Get<ExtensionQuery>().ForSourcesAsync(sources, 0, 10, Ct)).Snapshot;
        var result = await Get<ExtensionApproval>().ApproveAsync(sources, seen, Supervisor, Ct);
        Assert.True(result.Succeeded, $"{result.Refusal} {result.Reason?.Key}");
    }

    public async Task<List<ExtensionOrderRecord>> OrdersAsync()
    {
        await using var db = Services.NewDb();
        return await db.Set<ExtensionOrderRecord>().AsNoTracking().OrderBy(o => o.ProcurementNumber).ToListAsync(Ct);
    }

    /// <summary>Each procurement's acceptance end as "number Astana-time".</summary>
    public async Task<List<string>> EndsAsync()
    {
        await using var db = Services.NewDb();
        var ends = await (from d in db.Set<ProcurementDeadlineRecord>()
                          join p in db.Set<ProcurementRecord>() on d.ProcurementId equals p.Id
                          where d.Kind == DeadlineKind.AcceptanceEnd
                          orderby p.AnnouncementNumber
                          select new { p.AnnouncementNumber, d.AtUtc }).ToListAsync(Ct);
        return [.. ends.Select(e => $"{e.AnnouncementNumber} {AstanaTime.Text(e.AtUtc)}")];
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
