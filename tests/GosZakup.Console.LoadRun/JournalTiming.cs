using System.Diagnostics;
using System.Globalization;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Features.Journal;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.LoadRun;

/// <summary>Times <see cref="JournalQuery.PageAsync"/> in process (the server's share of the Journal page):
/// first page, 25 rows, default sort, for a few realistic filters; one warm-up, then N timed runs each.
/// With <c>--explain true</c> it prints each query's SQL and SQLite plan instead of timing.</summary>
public static class JournalTiming
{
    private const int PageSize = 25;

    public static async Task<int> RunAsync(Options options)
    {
        var folder = options.Text("data");
        var runs = options.Int("runs", 20);
        var explain = options.Text("explain", "false") == "true";
        using var capture = new SqlCapture();
        if (!File.Exists(Path.Combine(folder, "console.db"))) throw new ArgumentException($"no {folder}/console.db; run seed-journal first");
        var query = new JournalQuery(new Factory(DatabaseSettings.SqliteIn(folder)));

        var filters = new (string Name, JournalFilter Filter)[]
        {
            ("no filter", new JournalFilter()),
            ("7-day range 2026-11-16..22", new JournalFilter(FromDay: new DateTime(2026, 11, 16), ToDay: new DateTime(2026, 11, 22))),
            ("BIN prefix 9905", new JournalFilter(Taxpayer: "9905")),
            ("BIN whole 900353401916", new JournalFilter(Taxpayer: "900353401916")),
            ("organisation contains \"Энергосбыт\"", new JournalFilter(Organisation: "Энергосбыт")),
            ("organisation contains \"Zabbix\" (no match)", new JournalFilter(Organisation: "Zabbix")),
            ("organisation contains \"Энергосбыт\" + 7 days", new JournalFilter(FromDay: new DateTime(2026, 11, 16), ToDay: new DateTime(2026, 11, 22), Organisation: "Энергосбыт")),
        };

        if (!explain)
        {
            System.Console.WriteLine($"| filter | matching rows | median ms | p95 ms | max ms |");
            System.Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        }
        foreach (var (name, filter) in filters)
        {
            capture.Enabled = explain;
            var warm = await query.PageAsync(filter, 0, PageSize);
            capture.Enabled = false;
            if (explain)
            {
                System.Console.WriteLine($"### {name}");
                await capture.PrintAsync(DatabaseSettings.SqliteIn(folder).ConnectionString);
                continue;
            }
            if (warm.Rows.Count == 0 && !name.Contains("no match", StringComparison.Ordinal)) throw new InvalidOperationException($"'{name}' matched nothing");
            var times = new double[runs];
            for (var i = 0; i < runs; i++)
            {
                var started = Stopwatch.GetTimestamp();
                var page = await query.PageAsync(filter, 0, PageSize);
                times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (page.Total != warm.Total) throw new InvalidOperationException("total changed between runs");
            }
            Array.Sort(times);
            System.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {warm.Total:N0} | {Stats.Ms(Stats.Percentile(times, 50))} | {Stats.Ms(Stats.Percentile(times, 95))} | {Stats.Ms(times[^1])} |"));
        }
        return 0;
    }

    /// <summary>The app's factory shape without its container: a standalone context per call, as the page gets one per request.</summary>
    private sealed class Factory(DatabaseSettings settings) : IDbContextFactory<AppDbContext>
    {
        public AppDbContext CreateDbContext() => DatabaseRegistration.CreateStandalone(settings);
    }
}
