using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Mail;
using GosZakup.Console.Infrastructure.Notifications;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace GosZakup.Console.LoadRun;

/// <summary>Issue 17: an API flood against a running console (Development, on a data folder made by <c>seed-inbox</c>).
/// For <c>--seconds</c>, <c>--clients</c> loops post appeals at full speed with one API key and <c>--storm</c> loops post
/// Alertmanager batches of one alert rule firing again and again; the server's RSS is sampled every second. Then an
/// operator opens the Inbox in Debian's Chromium <c>--runs</c> times (navigation until the first page's rows show), and
/// the run counts what the flood left: appeals, mails queued, bell entries.</summary>
public static class FloodLoad
{
    private const string DevApiKey = "dev-only-goszakup-console-key";
    private const string Operator = "operator@demo.kz";
    private const string Password = "Demo-2026!";

    public static async Task<int> RunAsync(Options options)
    {
        var url = new Uri(options.Text("url", "http://127.0.0.1:5080"));
        if (url.Scheme != Uri.UriSchemeHttp || !IPAddress.TryParse(url.Host, out var address) || !address.Equals(IPAddress.Loopback))
            throw new ArgumentException($"refusing {url}: only http://127.0.0.1 targets are allowed");
        var folder = options.Text("data");
        var (clients, storm, seconds, runs) = (options.Int("clients", 16), options.Int("storm", 4), options.Int("seconds", 60), options.Int("runs", 10));
        var server = options.Int("pid", 0) is > 0 and var pid ? new ServerProcess(pid) : ServerProcess.ListeningOn(url.Port);
        System.Console.WriteLine($"server pid {server.Pid}, {Environment.ProcessorCount} cores, load average {LoadAverage()}");
        var before = await CountAsync(folder);
        var rssBefore = server.RssMiB();

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients + storm, UseProxy = false })
        {
            BaseAddress = url, Timeout = TimeSpan.FromSeconds(30),
        };
        http.DefaultRequestHeaders.Add("X-Api-Key", DevApiKey);
        var statuses = new ConcurrentDictionary<string, int>();
        var peak = rssBefore;
        var clock = Stopwatch.StartNew();
        var duration = TimeSpan.FromSeconds(seconds);
        var sampler = Task.Run(async () =>
        {
            while (clock.Elapsed < duration)
            {
                peak = Math.Max(peak, server.RssMiB());
                await Task.Delay(1000);
            }
        });
        var fingerprint = Guid.NewGuid().ToString("N")[..16];
        var firing = 0;
        var loops = Enumerable.Range(0, clients).Select(client => Task.Run(() => LoopAsync(http, clock, duration, statuses, "appeals",
                n => ("/api/v1/appeals", AppealBody(client, n)))))
            .Concat(Enumerable.Range(0, storm).Select(_ => Task.Run(() => LoopAsync(http, clock, duration, statuses, "alertmanager",
                _ => ("/api/v1/integrations/alertmanager", AlertBody(fingerprint, Interlocked.Increment(ref firing)))))))
            .ToArray();
        await Task.WhenAll(loops);
        await sampler;
        var elapsed = clock.Elapsed;
        var rssAfterFlood = server.RssMiB();
        System.Console.WriteLine($"flood: {elapsed.TotalSeconds:0.0} s, {clients} appeal clients + {storm} Alertmanager clients, load average {LoadAverage()}");
        System.Console.WriteLine("| endpoint | status | answers |");
        System.Console.WriteLine("| --- | ---: | ---: |");
        foreach (var (key, count) in statuses.OrderBy(s => s.Key, StringComparer.Ordinal))
            System.Console.WriteLine($"| {key.Replace(" ", " | ", StringComparison.Ordinal)} | {count} |");

        var inbox = await TimeInboxAsync(url, runs);
        var after = await CountAsync(folder);
        var rssEnd = server.RssMiB();
        System.Console.WriteLine();
        System.Console.WriteLine($"Inbox first page (navigation until its rows show), {runs} runs: " +
            $"p50 {Stats.Ms(Stats.Percentile(inbox, 50))} ms, max {Stats.Ms(inbox[^1])} ms");
        System.Console.WriteLine($"appeals waiting {before.Waiting} → {after.Waiting}; alert appeal repeats counted {after.Repeats - before.Repeats}");
        System.Console.WriteLine($"mails queued {before.Mails} → {after.Mails}; bell entries {before.Bell} → {after.Bell}");
        System.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"server RSS: before {rssBefore:0} MiB, peak during the flood {peak:0} MiB, after the flood {rssAfterFlood:0} MiB, at the end {rssEnd:0} MiB"));
        System.Console.WriteLine($"load average at the end {LoadAverage()}");
        return 0;
    }

    private static async Task LoopAsync(HttpClient http, Stopwatch clock, TimeSpan duration, ConcurrentDictionary<string, int> statuses, string name,
        Func<int, (string Path, string Body)> next)
    {
        var n = 0;
        while (clock.Elapsed < duration)
        {
            var (path, body) = next(n++);
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            string key;
            try
            {
                using var response = await http.PostAsync(path, content);
                key = $"{name} {(int)response.StatusCode}";
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                key = $"{name} {e.GetType().Name}";
            }
            statuses.AddOrUpdate(key, 1, (_, c) => c + 1);
        }
    }

    private static string AppealBody(int client, int n) => JsonSerializer.Serialize(new
    {
        channel = "Monitoring",
        receivedAt = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(5)).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
        organisation = $"Zabbix #{client}",
        description = $"Flood: portal 5xx on node {n % 17}, request {n} from client {client}",
    });

    /// <summary>One alert rule firing again: same fingerprint, a new start each time.</summary>
    private static string AlertBody(string fingerprint, int firing) => JsonSerializer.Serialize(new
    {
        status = "firing",
        alerts = new[]
        {
            new
            {
                status = "firing", fingerprint, startsAt = DateTimeOffset.UtcNow.AddHours(-1).AddMilliseconds(firing),
                labels = new Dictionary<string, string> { ["alertname"] = "PortalDown", ["instance"] = "app-node-3" },
            },
        },
    });

    private static async Task<double[]> TimeInboxAsync(Uri url, int runs)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium", Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var context = await browser.NewContextAsync(new() { BaseURL = url.ToString(), ViewportSize = new() { Width = 1366, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByTestId("login-email").FillAsync(Operator);
        await page.GetByTestId("login-password").FillAsync(Password);
        await page.GetByTestId("login-submit").ClickAsync();
        await page.GetByTestId("nav-menu").WaitForAsync();
        var times = new List<double>();
        for (var run = 0; run <= runs; run++)
        {
            var watch = Stopwatch.StartNew();
            await page.GotoAsync("about:blank");
            watch.Restart();
            await page.GotoAsync("/inbox");
            await page.Locator("[data-testid=inbox-register]").First.WaitForAsync(new() { Timeout = 120_000 });
            if (run > 0) times.Add(watch.Elapsed.TotalMilliseconds); // the first opens the connection: a warm-up
        }
        var waiting = await page.GetByTestId("inbox-counts").GetAttributeAsync("data-waiting");
        var rows = await page.Locator("[data-testid=inbox-register]").CountAsync();
        var html = (await page.ContentAsync()).Length;
        System.Console.WriteLine($"Inbox shows {rows} rows of {waiting} waiting; the page's HTML {html / 1024.0:0} KiB");
        return [.. times.Order()];
    }

    private sealed record Counts(int Waiting, int Repeats, int Mails, int Bell);

    private static async Task<Counts> CountAsync(string folder)
    {
        await using var db = DatabaseRegistration.CreateStandalone(DatabaseSettings.SqliteIn(folder));
        var appeals = db.Set<AppealRecord>().Where(a => a.RegisteredAtUtc == null);
        return new Counts(await appeals.CountAsync(), await db.Set<AppealRecord>().SumAsync(a => a.AlertRepeats),
            await db.Set<OutboxMessage>().CountAsync(), await db.Set<NotificationRecord>().CountAsync());
    }

    private static string LoadAverage() => string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
}
