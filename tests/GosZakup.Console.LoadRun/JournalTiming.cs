using System.Diagnostics;
using System.Globalization;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Features.Journal;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.LoadRun;

/// <summary>Times <see cref="JournalQuery.PageAsync"/> in process (the server's share of the Journal page):
/// first page, 25 rows, default sort, for a few realistic filters; one warm-up, then N timed runs each.
/// On SQLite (<c>--data DIR</c>) or PostgreSQL (<c>--provider PostgreSql --connection …</c>), the same filters.
/// With <c>--explain true</c> it prints each query's SQL and plan (SQLite's EXPLAIN QUERY PLAN, PostgreSQL's EXPLAIN ANALYZE)
/// instead of timing; <c>--only TEXT</c> keeps the
/// filters whose name contains TEXT.</summary>
public static class JournalTiming
{
    private const int PageSize = 25;

    public static async Task<int> RunAsync(Options options)
    {
        var settings = JournalDatabase.From(options);
        var runs = options.Int("runs", 20);
        var explain = options.Text("explain", "false") == "true";
        var only = options.Text("only", "") is { Length: > 0 } part ? part : null;
        using var capture = new SqlCapture();
        if (settings.Provider == DatabaseProvider.Sqlite
            && new FileInfo(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(settings.ConnectionString).DataSource) is { Exists: false } file)
            throw new ArgumentException($"no {file.FullName}; run seed-journal first");
        var query = new JournalQuery(new Factory(settings));

        var filters = new (string Name, JournalFilter Filter)[]
        {
            ("no filter", new JournalFilter()),
            ("7-day range 2026-11-16..22", new JournalFilter(FromDay: new DateTime(2026, 11, 16), ToDay: new DateTime(2026, 11, 22))),
            ("BIN prefix 9905", new JournalFilter(Taxpayer: "9905")),
            ("BIN whole 900353401916", new JournalFilter(Taxpayer: "900353401916")),
            ("organisation contains \"Энергосбыт\"", new JournalFilter(Organisation: "Энергосбыт")),
            ("organisation contains \"Zabbix\" (no match)", new JournalFilter(Organisation: "Zabbix")),
            ("organisation contains \"Энергосбыт\" + 7 days",
                new JournalFilter(FromDay: new DateTime(2026, 11, 16), ToDay: new DateTime(2026, 11, 22), Organisation: "Энергосбыт")),
            ("organisation contains \"энергосбыт\" (lower case)", new JournalFilter(Organisation: "энергосбыт")),
            ("organisation contains 3 letters \"Шым\"", new JournalFilter(Organisation: "Шым")),
            ("organisation contains 3 letters \"№37\"", new JournalFilter(Organisation: "№37")),
            ("organisation contains 2 letters \"Ак\"", new JournalFilter(Organisation: "Ак")),
            ("organisation contains 2 letters \"Zx\" (no match)", new JournalFilter(Organisation: "Zx")),
            ("organisation contains 1 letter \"№\"", new JournalFilter(Organisation: "№")),
            ("search box \"Энергосбыт\"", new JournalFilter(Text: "Энергосбыт")),
            ("search box \"INC-2025-0123\"", new JournalFilter(Text: "INC-2025-0123")),
            ("search box \"Zabbix\" (no match)", new JournalFilter(Text: "Zabbix")),
            ("search box \"000123\"", new JournalFilter(Text: "000123")),
            ("search box \"INC-2026\"", new JournalFilter(Text: "INC-2026")),
            ("employee contains \"Касымов\"", new JournalFilter(Employee: "Касымов")),
            ("channel Email", new JournalFilter(Channel: GosZakup.Console.Domain.Incidents.AppealChannel.Email)),
            ("status Registered", new JournalFilter(Status: "Registered")),
        };

        if (!explain)
        {
            System.Console.WriteLine($"| filter | matching rows | median ms | p95 ms | max ms |");
            System.Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        }
        foreach (var (name, filter) in filters.Where(f => only is null || f.Name.Contains(only, StringComparison.OrdinalIgnoreCase)))
        {
            capture.Enabled = explain;
            var warm = await query.PageAsync(filter, 0, PageSize);
            capture.Enabled = false;
            if (explain)
            {
                System.Console.WriteLine($"### {name}");
                await capture.PrintAsync(settings);
                continue;
            }
            // "no match" is meant to find nothing; before the FTS5 index the search was case-sensitive, so "lower case" found nothing then.
            if (warm.Rows.Count == 0 && !name.Contains("no match", StringComparison.Ordinal) && !name.Contains("lower case", StringComparison.Ordinal))
                throw new InvalidOperationException($"'{name}' matched nothing");
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
                $"| {name} | {(warm.MoreThanTotal ? "more than " : "")}{warm.Total:N0} | {Stats.Ms(Stats.Percentile(times, 50))} | " +
                $"{Stats.Ms(Stats.Percentile(times, 95))} | {Stats.Ms(times[^1])} |"));
        }
        return 0;
    }

    /// <summary>The app's factory shape without its container: a standalone context per call, as the page gets one per request.</summary>
    private sealed class Factory(DatabaseSettings settings) : IDbContextFactory<AppDbContext>
    {
        public AppDbContext CreateDbContext() => DatabaseRegistration.CreateStandalone(settings);
    }
}
