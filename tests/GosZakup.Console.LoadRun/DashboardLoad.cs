using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.Playwright;

namespace GosZakup.Console.LoadRun;

/// <summary>Issue 8 §7: the dashboard under load, against a running console (Development, data folder made by
/// <c>seed-dashboard</c>). Signs in as the Manager in Debian's Chromium; times <c>GET /dashboard</c> (the prerender, with
/// that cookie) <c>--runs</c> times; opens <c>--pages</c> dashboards (10 a context, each context restoring the signed-in
/// storage state; <c>--parallel</c> at a time; <c>--renderers</c> to cap Chromium's renderer processes) and waits until each
/// has its circuit (the app bar's clock moves) and its
/// figures; samples the server's RSS before and after; measures the server's and the machine's CPU over a
/// <c>--window</c>-second steady window (pages not live within <c>--open-minutes</c> are left out, and counted); and, for each
/// probe due in that window (DIR/probes.tsv), the delay between
/// its limit and the moment each page's row of it shows the breached stage (a MutationObserver records Date.now();
/// browser and server share the machine's clock). Then times <c>GET /dashboard</c> again with the pages open.</summary>
public static class DashboardLoad
{
    private const string Manager = "manager@demo.kz";
    private const string Password = "Demo-2026!";
    private const int PagesPerContext = 10;

    private const string Observer = """
        probes => {
          window.__seen = {};
          const wanted = new Set(probes);
          const check = () => {
            for (const row of document.querySelectorAll('[data-testid=open-row]')) {
              const subject = row.querySelector('[data-testid=open-subject]');
              const number = subject && subject.textContent.trim();
              if (!wanted.has(number) || window.__seen[number]) continue;
              if (row.querySelector('[data-testid=countdown][data-stage=breached]')) window.__seen[number] = Date.now();
            }
          };
          new MutationObserver(check).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-stage'] });
          check();
        }
        """;

    public static async Task<int> RunAsync(Options options)
    {
        var url = new Uri(options.Text("url", "http://127.0.0.1:5080"));
        if (url.Scheme != Uri.UriSchemeHttp || !IPAddress.TryParse(url.Host, out var address) || !address.Equals(IPAddress.Loopback))
            throw new ArgumentException($"refusing {url}: only http://127.0.0.1 targets are allowed");
        var pages = options.Int("pages", 100);
        var runs = options.Int("runs", 20);
        var window = TimeSpan.FromSeconds(options.Int("window", 60));
        var parallel = options.Int("parallel", 4);
        var openBudget = TimeSpan.FromMinutes(options.Int("open-minutes", 4));
        var server = options.Int("pid", 0) is > 0 and var pid ? new ServerProcess(pid) : ServerProcess.ListeningOn(url.Port);
        var probes = (await File.ReadAllLinesAsync(Path.Combine(options.Text("data"), DashboardSeed.ProbeFile)))
            .Select(l => l.Split('\t')).Select(f => (Number: f[0], Due: DateTime.Parse(f[1], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)))
            .ToList();
        System.Console.WriteLine($"server pid {server.Pid}, {pages} pages, {Environment.ProcessorCount} cores, load average {LoadAverage()}");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium", Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--disable-quic", "--disable-renderer-backgrounding", "--disable-background-timer-throttling", "--disable-backgrounding-occluded-windows",
                    // 0: Chromium's own choice (a renderer process a page); n: pages share n processes.
                    .. (options.Int("renderers", 0) is > 0 and var renderers ? new[] { $"--renderer-process-limit={renderers}" } : [])],
        });
        var first = await browser.NewContextAsync(new() { BaseURL = url.ToString(), Locale = "ru-RU", ViewportSize = new() { Width = 1280, Height = 800 } });
        var signIn = await first.NewPageAsync();
        await signIn.GotoAsync("/account/login");
        await signIn.GetByTestId("login-email").FillAsync(Manager);
        await signIn.GetByTestId("login-password").FillAsync(Password);
        await signIn.GetByTestId("login-submit").ClickAsync();
        await signIn.GetByTestId("nav-menu").WaitForAsync();
        var state = await first.StorageStateAsync();
        var cookies = await first.CookiesAsync();
        await first.CloseAsync();

        using var http = Http(url, cookies);
        var quiet = await TimeGetAsync(http, runs);
        Report($"GET /dashboard, prerender, no dashboard open ({runs} runs after 1 warm-up)", quiet);

        await Task.Delay(TimeSpan.FromSeconds(5));
        var rssBefore = server.RssMiB();
        var opened = Stopwatch.StartNew();
        var contexts = new List<IBrowserContext>();
        for (var c = 0; c < (pages + PagesPerContext - 1) / PagesPerContext; c++)
            contexts.Add(await browser.NewContextAsync(new()
            {
                BaseURL = url.ToString(), Locale = "ru-RU", StorageState = state, ViewportSize = new() { Width = 1024, Height = 700 },
            }));
        var live = new List<IPage>();
        var openTimes = new List<double>();
        var failed = 0;
        using (var gate = new SemaphoreSlim(parallel))
        {
            await Task.WhenAll(Enumerable.Range(0, pages).Select(async i =>
            {
                await gate.WaitAsync();
                try
                {
                    // Past the budget the run goes on with the pages that are live, and says how many.
                    if (opened.Elapsed > openBudget) return;
                    var started = Stopwatch.GetTimestamp();
                    var page = await OpenDashboardAsync(contexts[i / PagesPerContext]);
                    lock (live)
                    {
                        live.Add(page);
                        openTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                        if (live.Count % 10 == 0) System.Console.WriteLine($"  {live.Count} live after {opened.Elapsed.TotalSeconds:0} s");
                    }
                }
                catch (TimeoutException e)
                {
                    Interlocked.Increment(ref failed);
                    System.Console.WriteLine($"  page {i} did not open: {e.Message.Split('\n')[0]}");
                }
                finally
                {
                    gate.Release();
                }
            }));
        }
        var open = live.ToArray();
        System.Console.WriteLine($"{open.Length} of {pages} dashboards live in {opened.Elapsed.TotalSeconds:0.0} s " +
            $"({failed} timed out, {pages - open.Length - failed} not tried within the {openBudget.TotalMinutes:0} min budget)");
        Report("one page: navigation until its circuit runs and the figures show", [.. openTimes.Order()]);
        await Task.Delay(TimeSpan.FromSeconds(10));
        var rssAfter = server.RssMiB();

        var windowStart = DateTime.UtcNow;
        var watched = probes.Where(p => p.Due > windowStart.AddSeconds(3) && p.Due <= windowStart + window).ToList();
        if (watched.Count == 0) throw new ArgumentException($"no probe is due between {windowStart:O} and {windowStart + window:O}: seed again (probes.tsv)");
        var numbers = watched.Select(p => p.Number).ToArray();
        await Task.WhenAll(open.Select(p => p.EvaluateAsync(Observer, numbers)));

        var cpu0 = server.CpuTime();
        var machine0 = ServerProcess.MachineCpu();
        var clock = Stopwatch.StartNew();
        await Task.Delay(window);
        var cpu1 = server.CpuTime();
        var machine1 = ServerProcess.MachineCpu();
        var elapsed = clock.Elapsed;
        var rssSteady = server.RssMiB();
        var wait = watched[^1].Due.AddSeconds(5) - DateTime.UtcNow;
        if (wait > TimeSpan.Zero) await Task.Delay(wait);

        var perProbe = watched.ToDictionary(p => p.Number, _ => new List<double>());
        var missing = 0;
        foreach (var page in open)
        {
            var seen = await page.EvaluateAsync<Dictionary<string, double>>("() => window.__seen");
            foreach (var (number, due) in watched)
            {
                if (seen.TryGetValue(number, out var at)) perProbe[number].Add(at - new DateTimeOffset(due).ToUnixTimeMilliseconds());
                else missing++;
            }
        }
        var delays = perProbe.Values.SelectMany(d => d).ToList();
        var sortedDelays = delays.Order().ToArray();

        var serverCore = (cpu1 - cpu0).TotalSeconds / elapsed.TotalSeconds;
        var machineBusy = (machine1.Busy - machine0.Busy) / (machine1.Total - machine0.Total);
        System.Console.WriteLine();
        System.Console.WriteLine($"load average at the end {LoadAverage()}");
        System.Console.WriteLine("| server RSS | MiB |");
        System.Console.WriteLine("| --- | ---: |");
        System.Console.WriteLine(Row("before opening the pages", rssBefore));
        System.Console.WriteLine(Row($"{open.Length} dashboards open, 10 s after the last", rssAfter));
        System.Console.WriteLine(Row($"after the {window.TotalSeconds:0} s window", rssSteady));
        System.Console.WriteLine(Row("per circuit ((open − before) / pages)", (rssAfter - rssBefore) / open.Length));
        System.Console.WriteLine(Row("per circuit ((after the window − before) / pages)", (rssSteady - rssBefore) / open.Length));
        System.Console.WriteLine();
        System.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"CPU over {elapsed.TotalSeconds:0.0} s with {open.Length} dashboards open: " +
            $"server {serverCore * 100:0.0} % of one core = {serverCore * 100 / Environment.ProcessorCount:0.0} % of the machine; " +
            $"whole machine busy {machineBusy * 100:0.0} % (browser and other work included)"));
        System.Console.WriteLine();
        System.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"breach shown: {watched.Count} probes × {open.Length} pages, {delays.Count} seen, {missing} not seen; " +
            $"probes due {string.Join(", ", watched.Select(p => p.Due.ToString("HH:mm:ss", CultureInfo.InvariantCulture)))} UTC"));
        Report("delay from a limit to its row showing breached, every page", sortedDelays);
        foreach (var (number, due) in watched)
            Report($"  {number}, due {due.ToString("HH:mm:ss", CultureInfo.InvariantCulture)} UTC", [.. perProbe[number].Order()]);
        try
        {
            var underLoad = await TimeGetAsync(http, runs);
            Report($"GET /dashboard, prerender, {open.Length} dashboards open ({runs} runs after 1 warm-up)", underLoad);
        }
        catch (Exception e) when (e is TaskCanceledException or HttpRequestException)
        {
            System.Console.WriteLine($"GET /dashboard with {open.Length} dashboards open: {e.GetType().Name} (over 60 s)");
        }
        foreach (var context in contexts) await context.CloseAsync();
        await Task.Delay(TimeSpan.FromSeconds(10));
        System.Console.WriteLine(Row("10 s after closing the pages", server.RssMiB()));
        return missing == 0 && open.Length == pages ? 0 : 1;
    }

    private static async Task<IPage> OpenDashboardAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/dashboard", new() { Timeout = 180_000 });
        await page.GetByTestId("dashboard-open").WaitForAsync(new() { Timeout = 180_000 });
        var clock = page.GetByTestId("astana-clock-time");
        var prerendered = await clock.TextContentAsync();
        await page.WaitForFunctionAsync("text => document.querySelector('[data-testid=astana-clock-time]')?.textContent !== text", prerendered,
            new() { Timeout = 180_000, PollingInterval = 200 });
        return page;
    }

    private static HttpClient Http(Uri url, IReadOnlyList<BrowserContextCookiesResult> cookies)
    {
        var jar = new CookieContainer();
        foreach (var cookie in cookies) jar.Add(new System.Net.Cookie(cookie.Name, cookie.Value, cookie.Path, cookie.Domain));
        return new HttpClient(new SocketsHttpHandler { CookieContainer = jar, UseCookies = true, AllowAutoRedirect = false, UseProxy = false })
        {
            BaseAddress = url, Timeout = TimeSpan.FromSeconds(60),
        };
    }

    /// <summary>Client-side time of the whole response over loopback: the server's time plus a fraction of a millisecond.</summary>
    private static async Task<double[]> TimeGetAsync(HttpClient http, int runs)
    {
        var times = new double[runs];
        for (var i = -1; i < runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await http.GetAsync("/dashboard");
            var body = await response.Content.ReadAsStringAsync();
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (response.StatusCode != HttpStatusCode.OK || !body.Contains("data-testid=\"dashboard-open\"", StringComparison.Ordinal))
                throw new InvalidOperationException($"GET /dashboard: {(int)response.StatusCode}, no figures in the page (signed in?)");
            if (i >= 0) times[i] = ms;
        }
        Array.Sort(times);
        return times;
    }

    private static void Report(string name, double[] sorted) => System.Console.WriteLine(sorted.Length == 0 ? $"{name}: no samples" :
        $"{name}: n {sorted.Length}, p50 {Stats.Ms(Stats.Percentile(sorted, 50))} ms, p95 {Stats.Ms(Stats.Percentile(sorted, 95))} ms, " +
        $"max {Stats.Ms(sorted[^1])} ms, min {Stats.Ms(sorted[0])} ms");

    private static string Row(string name, double mib) => string.Create(CultureInfo.InvariantCulture, $"| {name} | {mib:0.0} |");

    private static string LoadAverage() => string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
}
