using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace GosZakup.Console.IntegrationTests.LongJobs;

/// <summary>The real console as a separate process (<c>dotnet GosZakup.Console.Web.dll</c>, the build beside these tests),
/// on a free loopback port and a given data folder, in Development with the given settings; killed with SIGKILL.</summary>
public sealed class ConsoleProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly List<string> output = [];

    private ConsoleProcess(Process process) => this.process = process;

    public int Id => process.Id;

    public static async Task<ConsoleProcess> StartAsync(string dataFolder, IReadOnlyDictionary<string, string> settings, CancellationToken ct)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "GosZakup.Console.Web.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            ArgumentList = { dll, "--urls", $"http://127.0.0.1:{FreePort()}", $"--Storage:DataFolder={dataFolder}" },
        };
        foreach (var (key, value) in settings) start.ArgumentList.Add($"--{key}={value}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        var console = new ConsoleProcess(Process.Start(start) ?? throw new InvalidOperationException("could not start the console"));
        await console.WaitForListeningAsync(ct);
        return console;
    }

    /// <summary>What a crash does: SIGKILL, no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        if (process.HasExited) return;
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public string Tail(int lines = 40)
    {
        lock (output) return string.Join('\n', output.TakeLast(lines));
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
    }

    private async Task WaitForListeningAsync(CancellationToken ct)
    {
        var listening = new TaskCompletionSource();
        void Read(string? line)
        {
            if (line is null) return;
            lock (output) output.Add(line);
            if (line.Contains("Now listening on", StringComparison.Ordinal)) listening.TrySetResult();
        }
        process.OutputDataReceived += (_, e) => Read(e.Data);
        process.ErrorDataReceived += (_, e) => Read(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await Task.WhenAny(listening.Task, process.WaitForExitAsync(ct), Task.Delay(TimeSpan.FromMinutes(5), ct));
        if (!listening.Task.IsCompleted)
            throw new InvalidOperationException($"the console did not start:\n{Tail()}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
