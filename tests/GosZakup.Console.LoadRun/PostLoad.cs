using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace GosZakup.Console.LoadRun;

/// <summary>N concurrent clients post valid Monitoring appeals (no Idempotency-Key) for a bounded time and count;
/// each request's latency is measured with a Stopwatch on the client. By default a closed loop with no think time
/// (a saturation test); <c>--pause-ms</c> adds a pause after each request.</summary>
public static class PostLoad
{
    private const string DevApiKey = "dev-only-goszakup-console-key";
    private static readonly TimeSpan Astana = TimeSpan.FromHours(5);

    public static async Task<int> RunAsync(Options options)
    {
        var url = new Uri(options.Text("url", "http://127.0.0.1:5080"));
        if (url.Scheme != Uri.UriSchemeHttp || !IPAddress.TryParse(url.Host, out var address) || !address.Equals(IPAddress.Loopback))
            throw new ArgumentException($"refusing {url}: only http://127.0.0.1 targets are allowed");
        var clients = options.Int("clients", 20);
        var seconds = options.Int("seconds", 30);
        var warmup = options.Int("warmup", 5);
        var max = options.Int("max", 200_000);
        var pause = TimeSpan.FromMilliseconds(options.Int("pause-ms", 0));

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, UseProxy = false })
        {
            BaseAddress = url, Timeout = TimeSpan.FromSeconds(30),
        };
        http.DefaultRequestHeaders.Add("X-Api-Key", DevApiKey);

        System.Console.WriteLine($"warm-up: {clients} clients, {warmup} s");
        await PhaseAsync(http, clients, TimeSpan.FromSeconds(warmup), max, pause, "warm");
        System.Console.WriteLine($"measure: {clients} clients, {seconds} s, at most {max} requests, {pause.TotalMilliseconds} ms pause after each");
        var result = await PhaseAsync(http, clients, TimeSpan.FromSeconds(seconds), max, pause, "run");

        var sorted = result.Latencies.ToArray();
        Array.Sort(sorted);
        var ok = sorted.Length;
        System.Console.WriteLine($"requests {ok + result.Errors}, ok (201) {ok}, errors {result.Errors}, elapsed {result.Elapsed.TotalSeconds:0.0} s");
        foreach (var (status, count) in result.ErrorKinds.OrderBy(k => k.Key)) System.Console.WriteLine($"  error {status}: {count}");
        System.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"throughput {ok / result.Elapsed.TotalSeconds:0.0} req/s"));
        System.Console.WriteLine("| clients | requests | errors | req/s | p50 ms | p95 ms | p99 ms | max ms |");
        System.Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        System.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {clients} | {ok + result.Errors} | {result.Errors} | {ok / result.Elapsed.TotalSeconds:0.0} | " +
            $"{Stats.Ms(Stats.Percentile(sorted, 50))} | {Stats.Ms(Stats.Percentile(sorted, 95))} | {Stats.Ms(Stats.Percentile(sorted, 99))} | " +
            $"{Stats.Ms(sorted.Length > 0 ? sorted[^1] : double.NaN)} |"));
        return result.Errors == 0 ? 0 : 1;
    }

    private sealed record Phase(ConcurrentBag<double> Latencies, int Errors, ConcurrentDictionary<string, int> ErrorKinds, TimeSpan Elapsed);

    private static async Task<Phase> PhaseAsync(HttpClient http, int clients, TimeSpan duration, int max, TimeSpan pause, string tag)
    {
        var latencies = new ConcurrentBag<double>();
        var kinds = new ConcurrentDictionary<string, int>();
        var errors = 0;
        var issued = 0;
        var clock = Stopwatch.StartNew();
        var loops = Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            int n;
            while (clock.Elapsed < duration && (n = Interlocked.Increment(ref issued)) <= max)
            {
                using var content = new StringContent(Body(tag, client, n), Encoding.UTF8, "application/json");
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.PostAsync("/api/v1/appeals", content);
                    var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        latencies.Add(ms);
                    }
                    else
                    {
                        Interlocked.Increment(ref errors);
                        var text = await response.Content.ReadAsStringAsync();
                        kinds.AddOrUpdate($"{(int)response.StatusCode} {Trim(text)}", 1, (_, c) => c + 1);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref errors);
                    kinds.AddOrUpdate(e.GetType().Name, 1, (_, c) => c + 1);
                }
                if (pause > TimeSpan.Zero) await Task.Delay(pause);
            }
        })).ToArray();
        await Task.WhenAll(loops);
        return new Phase(latencies, errors, kinds, clock.Elapsed);
    }

    private static string Trim(string text) => text.Length <= 160 ? text : text[..160];

    private static readonly string[] Organisations =
        ["Zabbix", "Prometheus", "ЕЭК портал", "ТОО «Самрук-Казына Контракт»", "ГУ «Управление финансов г. Астаны»", "АО «Казахтелеком»"];

    private static string Body(string tag, int client, int n)
    {
        var receivedAt = DateTimeOffset.UtcNow.ToOffset(Astana).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
        return JsonSerializer.Serialize(new
        {
            channel = "Monitoring",
            receivedAt,
            organisation = $"{Organisations[n % Organisations.Length]} #{client}",
            description = $"Load run {tag}: portal 5xx > 5% on node {n % 17}, request {n} from client {client}",
        });
    }
}
