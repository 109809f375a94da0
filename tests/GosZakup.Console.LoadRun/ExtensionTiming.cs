using System.Diagnostics;
using GosZakup.Console.Domain.Extensions;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Calendar;
using GosZakup.Console.Infrastructure.Extensions;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.Persistence.Audit;
using GosZakup.Console.Infrastructure.Procurements;
using GosZakup.Console.Web.Features.Extensions;
using GosZakup.Console.Web.Features.Incidents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.LoadRun;

/// <summary>Issue 6: computing and storing the extension orders of a high failure across N procurements of its module
/// (<see cref="ExtensionPlanner.ComputeForIncidentAsync"/>: load the module's procurements, run the engine, merge with the
/// stored orders, write them with their audit entries, in one transaction). A fresh SQLite file in DIR; N procurements of
/// module "Конкурс" whose acceptance (18 Nov 09:00 – 20 Nov 18:00 Astana) coincides with the failure; each run starts with
/// no stored orders (first computation), then the same count of recomputations that change every order (a new planned fix).</summary>
public static class ExtensionTiming
{
    private const string Module = "Конкурс";

    public static async Task<int> RunAsync(Options options)
    {
        var folder = options.Text("data");
        var count = options.Int("procurements", 50_000);
        var runs = options.Int("runs", 5);
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(folder, "console.db*")) File.Delete(file);
        await using var services = Services(DatabaseSettings.SqliteIn(folder));
        var number = await SeedAsync(services, count);

        var first = new List<double>();
        var again = new List<double>();
        for (var run = 0; run <= runs; run++) // run 0 warms up
        {
            await using (var db = services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext())
            {
                await db.Set<ExtensionOrderRecord>().ExecuteDeleteAsync();
                await db.Set<IncidentRecord>().ExecuteUpdateAsync(s => s
                    .SetProperty(i => i.PlannedFixAtUtc, new DateTime(2026, 11, 20, 10, 30, 0, DateTimeKind.Utc))
                    .SetProperty(i => i.ExtensionsDueAtUtc, DateTime.UtcNow));
            }
            var created = await TimeAsync(services, number, count);
            await using (var db = services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext())
                await db.Set<IncidentRecord>().ExecuteUpdateAsync(s => s
                    .SetProperty(i => i.PlannedFixAtUtc, new DateTime(2026, 11, 20, 11, 30, 0, DateTimeKind.Utc))
                    .SetProperty(i => i.ExtensionsDueAtUtc, DateTime.UtcNow));
            var recomputed = await TimeAsync(services, number, count);
            if (run == 0) continue;
            first.Add(created);
            again.Add(recomputed);
        }
        Report($"first computation, {count:N0} orders stored", first);
        Report($"recomputation, {count:N0} orders changed", again);
        return 0;
    }

    private static async Task<double> TimeAsync(ServiceProvider services, string number, int expected)
    {
        await using var scope = services.CreateAsyncScope();
        var planner = scope.ServiceProvider.GetRequiredService<ExtensionPlanner>();
        var watch = Stopwatch.StartNew();
        var result = await planner.ComputeForIncidentAsync(number, CancellationToken.None);
        watch.Stop();
        if (result?.Proposed != expected) throw new InvalidOperationException($"expected {expected} proposals, got {result?.Proposed}");
        return watch.Elapsed.TotalMilliseconds;
    }

    private static void Report(string name, List<double> times)
    {
        var sorted = times.Order().ToArray();
        System.Console.WriteLine($"{name}: median {Stats.Ms(Stats.Percentile(sorted, 50))} ms, max {Stats.Ms(sorted[^1])} ms ({sorted.Length} runs)");
    }

    private static ServiceProvider Services(DatabaseSettings settings) => new ServiceCollection()
        .AddLogging()
        .AddSingleton(TimeProvider.System)
        .AddScoped<ICurrentActor, SystemActor>()
        .AddConsoleDatabase(settings)
        .AddSingleton<CalendarStore>()
        .AddScoped<CalendarSeeder>()
        .AddSingleton<IncidentNotifier>()
        .AddExtensions(new ConfigurationBuilder().Build())
        .BuildServiceProvider();

    private static async Task<string> SeedAsync(ServiceProvider services, int count)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.MigrateAsync();
        await scope.ServiceProvider.GetRequiredService<CalendarSeeder>().SeedAsync(Path.Combine(AppContext.BaseDirectory, "assets", "calendars"));
        var start = new DateTime(2026, 11, 18, 4, 0, 0, DateTimeKind.Utc);
        var end = new DateTime(2026, 11, 20, 13, 0, 0, DateTimeKind.Utc);
        for (var batch = 0; batch < count; batch += 5000)
        {
            await using var db = services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = batch; i < Math.Min(count, batch + 5000); i++)
            {
                var procurement = new ProcurementRecord
                {
                    AnnouncementNumber = $"{20000000 + i}-1", Name = $"Закупка {i}", CustomerBin = "040340002112", OrganiserBin = "990140000106",
                    Method = TradeMethod.OpenTender, SystemModule = Module, ImportedAtUtc = start,
                };
                db.Add(procurement);
                db.Add(new ProcurementDeadlineRecord
                {
                    ProcurementId = procurement.Id, Kind = DeadlineKind.AcceptanceStart, AtUtc = start, AnnouncedUtc = start,
                });
                db.Add(new ProcurementDeadlineRecord { ProcurementId = procurement.Id, Kind = DeadlineKind.AcceptanceEnd, AtUtc = end, AnnouncedUtc = end });
            }
            await db.SaveChangesAsync();
        }
        await using (var db = services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext())
        {
            var registered = new DateTime(2026, 11, 20, 7, 5, 0, DateTimeKind.Utc);
            var incident = new IncidentRecord
            {
                Number = "INC-2026-000001", Year = 2026, Sequence = 1, RegisteredAtUtc = registered, RegisteredByName = "load-run",
                Status = IncidentStatus.Fixing, SystemModule = Module, Severity = Severity.High, DecidedAtUtc = registered.AddMinutes(5),
            };
            incident.Appeals.Add(new AppealRecord
            {
                ReceivedAtUtc = registered, OrganisationName = "ТОО «Ақ Жол»", Description = "Модуль «Конкурс» недоступен", RegisteredAtUtc = registered,
            });
            db.Add(incident);
            await db.SaveChangesAsync();
            return incident.Number;
        }
    }
}
