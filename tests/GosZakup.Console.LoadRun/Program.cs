using System.Globalization;

namespace GosZakup.Console.LoadRun;

/// <summary>Issue 4 load run. Commands:
/// <c>post --url http://127.0.0.1:5080 [--clients 20] [--seconds 30] [--warmup 5] [--max 200000] [--pause-ms 0]</c>,
/// <c>seed-journal --data DIR [--rows 1000000]</c>, <c>journal --data DIR [--runs 20] [--explain true] [--only TEXT]</c>
/// (both also on PostgreSQL: <c>--provider PostgreSql --connection "Host=…;Database=…"</c> instead of <c>--data</c>);
/// issue 6: <c>extensions --data DIR [--procurements 50000] [--runs 5]</c>;
/// issue 8: <c>seed-dashboard --data DIR [--obligations 10000]</c>, <c>dashboard-query --data DIR [--runs 20]</c>,
/// <c>dashboard --url http://127.0.0.1:5080 --data DIR [--pages 100] [--window 60]</c>;
/// issue 17: <c>seed-inbox --data DIR [--appeals 30000]</c>, <c>reminder-flood --data DIR</c>,
/// <c>flood --url http://127.0.0.1:5080 --data DIR [--clients 16] [--storm 4] [--seconds 60] [--runs 10]</c>.</summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0) return Usage();
        var options = Options.Parse(args.Skip(1));
        try
        {
            return args[0] switch
            {
                "post" => await PostLoad.RunAsync(options),
                "seed-journal" => await JournalSeed.RunAsync(options),
                "journal" => await JournalTiming.RunAsync(options),
                "extensions" => await ExtensionTiming.RunAsync(options),
                "seed-dashboard" => await DashboardSeed.RunAsync(options),
                "dashboard-query" => await DashboardTiming.RunAsync(options),
                "dashboard" => await DashboardLoad.RunAsync(options),
                "seed-inbox" => await InboxFloodSeed.SeedAsync(options),
                "reminder-flood" => await InboxFloodSeed.RemindAsync(options),
                "flood" => await FloodLoad.RunAsync(options),
                _ => Usage(),
            };
        }
        catch (ArgumentException e)
        {
            await System.Console.Error.WriteLineAsync(e.Message);
            return 2;
        }
    }

    private static int Usage()
    {
        System.Console.Error.WriteLine("""
            usage: post --url http://127.0.0.1:5080 [--clients 20] [--seconds 30] [--warmup 5] [--max 200000] [--pause-ms 0]
                   seed-journal (--data DIR | --provider PostgreSql --connection CS) [--rows 1000000]
                   journal (--data DIR | --provider PostgreSql --connection CS) [--runs 20] [--explain true] [--only TEXT]
                   extensions --data DIR [--procurements 50000] [--runs 5]
                   seed-dashboard --data DIR [--obligations 10000] [--met 10000] [--probe-seconds 20] [--probe-minutes-ahead 10] [--probe-minutes 60]
                   dashboard-query --data DIR [--runs 20]
                   dashboard --url http://127.0.0.1:5080 --data DIR [--pages 100] [--runs 20] [--window 60] [--parallel 4]
                             [--renderers 0] [--open-minutes 4] [--pid PID]
                   seed-inbox --data DIR [--appeals 30000] [--console DLL]
                   reminder-flood --data DIR [--hours-after 3]
                   flood --url http://127.0.0.1:5080 --data DIR [--clients 16] [--storm 4] [--seconds 60] [--runs 10] [--pid PID]
            """);
        return 2;
    }
}

public sealed class Options
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

    public static Options Parse(IEnumerable<string> args)
    {
        var options = new Options();
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var key = e.Current;
            if (!key.StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"unexpected argument '{key}'");
            if (!e.MoveNext()) throw new ArgumentException($"{key} needs a value");
            options.values[key[2..]] = e.Current;
        }
        return options;
    }

    public string Text(string name, string? fallback = null) =>
        values.TryGetValue(name, out var value) ? value : fallback ?? throw new ArgumentException($"--{name} is required");

    public int Int(string name, int fallback) =>
        values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}

public static class Stats
{
    /// <summary>Nearest-rank percentile of a sorted array.</summary>
    public static double Percentile(double[] sorted, double p)
    {
        if (sorted.Length == 0) return double.NaN;
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public static string Ms(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
