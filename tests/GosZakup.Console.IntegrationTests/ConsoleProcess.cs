using System.Diagnostics;
using System.Text.RegularExpressions;

namespace GosZakup.Console.IntegrationTests;

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

/// <summary>The real console as a process of its own on 127.0.0.1 and a free port: started the way the README starts it
/// (<see cref="RunAsync"/>) or from the build beside these tests (<see cref="StartBuiltAsync"/>); ended with SIGKILL, as a
/// crash ends it, so no shutdown code runs.</summary>
public sealed partial class ConsoleProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly bool ownsDataFolder;
    private readonly List<string> output = [];
    private readonly TaskCompletionSource<Uri> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ConsoleProcess(ProcessStartInfo start, string dataFolder, bool ownsDataFolder)
    {
        process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        (DataFolder, this.ownsDataFolder) = (dataFolder, ownsDataFolder);
    }

    public int Id => process.Id;

    public Uri BaseAddress { get; private set; } = default!;

    public string DataFolder { get; }

    public IReadOnlyList<string> Output
    {
        get { lock (output) return [.. output]; }
    }

    /// <summary>The environment the host reports in its start-up log ("Hosting environment: …").</summary>
    public string? EnvironmentName => Output.Select(line => HostingEnvironment().Match(line)).FirstOrDefault(m => m.Success)?.Groups[1].Value;

    /// <summary><c>dotnet run --project src/GosZakup.Console.Web</c> with its launch profile, already built (<c>--no-build</c>),
    /// on a data folder of its own. The caller's environment is cleared of any environment choice, then
    /// <paramref name="variables"/> applied.</summary>
    public static Task<ConsoleProcess> RunAsync(IDictionary<string, string> variables, params string[] settings)
    {
        var folder = Directory.CreateTempSubdirectory("goszakup-process-").FullName;
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // bin/<Debug|Release>/net10.0
        var start = NewStart(Repository.Root, ["run", "--no-build", "-c", configuration, "--project", "src/GosZakup.Console.Web", "--",
            "--urls", "http://127.0.0.1:0", $"--Storage:DataFolder={folder}", "--Jobs:WorkerCount=1", .. settings]);
        foreach (var name in new[] { "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "GOSZAKUP_DEFAULT_ENVIRONMENT", "ASPNETCORE_URLS" })
            start.Environment.Remove(name);
        foreach (var (name, value) in variables) start.Environment[name] = value;
        return new ConsoleProcess(start, folder, ownsDataFolder: true).WaitUntilListeningAsync(CancellationToken.None);
    }

    /// <summary><c>dotnet GosZakup.Console.Web.dll</c> on the caller's <paramref name="dataFolder"/>, which outlives the
    /// process (a test starts the host again on it): in Development, or as <paramref name="variables"/> say.</summary>
    public static Task<ConsoleProcess> StartBuiltAsync(string dataFolder, IReadOnlyDictionary<string, string> settings, CancellationToken ct,
        IReadOnlyDictionary<string, string>? variables = null)
    {
        var start = NewStart(AppContext.BaseDirectory, [Path.Combine(AppContext.BaseDirectory, "GosZakup.Console.Web.dll"),
            "--urls", "http://127.0.0.1:0", $"--Storage:DataFolder={dataFolder}", .. settings.Select(s => $"--{s.Key}={s.Value}")]);
        foreach (var name in new[] { "DOTNET_ENVIRONMENT", "GOSZAKUP_DEFAULT_ENVIRONMENT", "ASPNETCORE_URLS" })
            start.Environment.Remove(name);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        foreach (var (name, value) in variables ?? new Dictionary<string, string>()) start.Environment[name] = value;
        return new ConsoleProcess(start, dataFolder, ownsDataFolder: false).WaitUntilListeningAsync(ct);
    }

    private static ProcessStartInfo NewStart(string workingDirectory, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        return start;
    }

    private async Task<ConsoleProcess> WaitUntilListeningAsync(CancellationToken ct)
    {
        process.OutputDataReceived += (_, e) => Read(e.Data);
        process.ErrorDataReceived += (_, e) => Read(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var done = await Task.WhenAny(listening.Task, process.WaitForExitAsync(ct), Task.Delay(TimeSpan.FromMinutes(5), ct));
        if (done != listening.Task)
        {
            var why = process.HasExited ? $"exit code {process.ExitCode}" : "5 min";
            await DisposeAsync();
            throw new InvalidOperationException($"the console did not listen ({why}):\n{Tail()}");
        }
        BaseAddress = await listening.Task;
        // The lifetime logs the environment right after it listens.
        for (var i = 0; i < 100 && EnvironmentName is null; i++) await Task.Delay(50, ct);
        return this;
    }

    private void Read(string? line)
    {
        if (line is null) return;
        lock (output) output.Add(line);
        if (Listening().Match(line) is { Success: true } m) listening.TrySetResult(new Uri(m.Groups[1].Value));
    }

    public string Tail(int lines = 40) => string.Join('\n', Output.TakeLast(lines));

    public HttpClient NewClient() =>
        new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>What a crash does: SIGKILL.</summary>
    public async Task KillAsync()
    {
        if (process.HasExited) return;
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
        if (!ownsDataFolder) return;
        try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { }
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();

    [GeneratedRegex(@"Hosting environment: (\w+)")]
    private static partial Regex HostingEnvironment();
}
