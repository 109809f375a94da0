using System.Diagnostics;

namespace GosZakup.Console.LoadRun;

/// <summary>Starts the console's build once on a data folder, in Development, and stops it as soon as it listens:
/// by then its start-up tasks have migrated the database and seeded the demo users and data.</summary>
public static class ConsoleOnce
{
    /// <summary>The Web project's Release build, next to this tool's in the repository.</summary>
    public static string DefaultDll() => Path.GetFullPath(Path.Combine(AppContext.BaseDirectory,
        "../../../../../src/GosZakup.Console.Web/bin/Release/net10.0/GosZakup.Console.Web.dll"));

    public static async Task RunAsync(string dll, string folder)
    {
        if (!File.Exists(dll)) throw new ArgumentException($"no {dll}: dotnet build -c Release src/GosZakup.Console.Web, or pass --console");
        // The project folder is the content root the demo seeders find assets/ from, as under dotnet run.
        var project = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(dll)!, "../../.."));
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = project, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            ArgumentList = { dll, "--urls", "http://127.0.0.1:0", $"--Storage:DataFolder={Path.GetFullPath(folder)}" },
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the console");
        var listening = new TaskCompletionSource();
        var output = new List<string>();
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
        var done = await Task.WhenAny(listening.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromMinutes(3)));
        var started = done == listening.Task;
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        if (!started)
        {
            lock (output) System.Console.Error.WriteLine(string.Join('\n', output.TakeLast(30)));
            throw new InvalidOperationException("the console did not start on the data folder");
        }
    }
}
