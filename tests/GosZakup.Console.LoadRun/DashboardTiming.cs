using System.Diagnostics;
using System.Globalization;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Features.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.LoadRun;

/// <summary>Issue 8 §7: times <see cref="DashboardQuery.ComputeAsync"/> in process (the server's share of the dashboard's
/// first render) on a folder made by <c>seed-dashboard</c>, for the default period (the last twelve weeks) and for every
/// day (no period); one warm-up, then N timed runs each.</summary>
public static class DashboardTiming
{
    public static async Task<int> RunAsync(Options options)
    {
        var folder = options.Text("data");
        var runs = options.Int("runs", 20);
        if (!File.Exists(Path.Combine(folder, "console.db"))) throw new ArgumentException($"no {folder}/console.db; run seed-dashboard first");
        var query = new DashboardQuery(new Factory(DatabaseSettings.SqliteIn(folder)));
        var filters = new (string Name, DashboardFilter Filter)[]
        {
            ("last twelve weeks (the default)", DashboardFilter.LastTwelveWeeks(DateTimeOffset.UtcNow)),
            ("no period", new DashboardFilter()),
        };

        System.Console.WriteLine("| filter | open duties | median ms | p95 ms | max ms |");
        System.Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var (name, filter) in filters)
        {
            var warm = await query.ComputeAsync(filter, DateTime.UtcNow);
            var times = new double[runs];
            for (var i = 0; i < runs; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await query.ComputeAsync(filter, DateTime.UtcNow);
                times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
            Array.Sort(times);
            System.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {warm.Open.Total:N0} | {Stats.Ms(Stats.Percentile(times, 50))} | {Stats.Ms(Stats.Percentile(times, 95))} | " +
                $"{Stats.Ms(times[^1])} |"));
        }
        return 0;
    }

    private sealed class Factory(DatabaseSettings settings) : IDbContextFactory<AppDbContext>
    {
        public AppDbContext CreateDbContext() => DatabaseRegistration.CreateStandalone(settings);
    }
}
