using System.Diagnostics;
using System.Text.RegularExpressions;

namespace GosZakup.Console.IntegrationTests.HostDefences;

/// <summary>The repository this test build came from.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "GosZakup.Console.sln"))) return folder.FullName;
        throw new InvalidOperationException($"no GosZakup.Console.sln above {AppContext.BaseDirectory}");
    }
}

/// <summary>The console started the way the README starts it, <c>dotnet run --project src/GosZakup.Console.Web</c>
/// (with its launch profile), already built (<c>--no-build</c>), on 127.0.0.1 with a free port and a data folder of
/// its own. The caller's environment variables are cleared of any environment choice, then <c>variables</c> applied.</summary>
public sealed partial class ConsoleProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly List<string> output = [];
    private readonly TaskCompletionSource<Uri> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ConsoleProcess(Process process) => this.process = process;

    public Uri BaseAddress { get; private set; } = default!;

    public string DataFolder { get; private init; } = "";

    public IReadOnlyList<string> Output
    {
        get { lock (output) return [.. output]; }
    }

    /// <summary>The environment the host reports in its start-up log ("Hosting environment: …").</summary>
    public string? EnvironmentName => Output.Select(line => HostingEnvironment().Match(line)).FirstOrDefault(m => m.Success)?.Groups[1].Value;

    public static async Task<ConsoleProcess> StartAsync(IDictionary<string, string> variables, params string[] settings)
    {
        var folder = Directory.CreateTempSubdirectory("goszakup-process-").FullName;
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // bin/<Debug|Release>/net10.0
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Repository.Root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var argument in new[] { "run", "--no-build", "-c", configuration, "--project", "src/GosZakup.Console.Web", "--",
                     "--urls", "http://127.0.0.1:0", $"--Storage:DataFolder={folder}", "--Jobs:WorkerCount=1" }.Concat(settings))
            start.ArgumentList.Add(argument);
        foreach (var name in new[] { "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "GOSZAKUP_DEFAULT_ENVIRONMENT", "ASPNETCORE_URLS" })
            start.Environment.Remove(name);
        foreach (var (name, value) in variables) start.Environment[name] = value;

        var console = new ConsoleProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start")) { DataFolder = folder };
        await console.WaitUntilListeningAsync();
        return console;
    }

    private async Task WaitUntilListeningAsync()
    {
        process.OutputDataReceived += (_, e) => Read(e.Data);
        process.ErrorDataReceived += (_, e) => Read(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var done = await Task.WhenAny(listening.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromMinutes(3)));
        if (done != listening.Task)
            throw new InvalidOperationException($"the console did not listen ({(process.HasExited ? $"exit code {process.ExitCode}" : "3 min")}):\n"
                + string.Join('\n', Output.TakeLast(40)));
        BaseAddress = await listening.Task;
        // The lifetime logs the environment right after it listens.
        for (var i = 0; i < 100 && EnvironmentName is null; i++) await Task.Delay(50);
    }

    private void Read(string? line)
    {
        if (line is null) return;
        lock (output) output.Add(line);
        if (Listening().Match(line) is { Success: true } m) listening.TrySetResult(new Uri(m.Groups[1].Value));
    }

    public HttpClient NewClient() =>
        new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
        try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { }
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();

    [GeneratedRegex(@"Hosting environment: (\w+)")]
    private static partial Regex HostingEnvironment();
}
