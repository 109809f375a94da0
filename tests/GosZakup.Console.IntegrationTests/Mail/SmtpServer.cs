using System.Diagnostics;
using MimeKit;

namespace GosZakup.Console.IntegrationTests.Mail;

/// <summary>A real SMTP server in its own process: Debian's aiosmtpd on 127.0.0.1, storing every message it
/// accepts in a temporary maildir. It can be stopped and started again on the same port.</summary>
public sealed class SmtpServer : IDisposable
{
    /// <summary>Debian's interpreter: python3-aiosmtpd installs into its dist-packages, not into any other Python.</summary>
    public const string Python = "/usr/bin/python3";

    private static readonly Lazy<bool> Installed = new(() => Run(Python, "-c \"import aiosmtpd.handlers\"") == 0);

    private readonly string folder = Directory.CreateTempSubdirectory("goszakup-smtp-").FullName;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> errors = new();
    private Process? process;

    private SmtpServer(int port) => Port = port;

    public int Port { get; }

    private string Maildir => Path.Combine(folder, "maildir");

    private static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>A running server on a free port, or a skipped test when aiosmtpd is missing outside CI.</summary>
    public static async Task<SmtpServer> StartNewAsync(CancellationToken ct)
    {
        if (!Installed.Value)
        {
            if (InCi)
                throw new InvalidOperationException($"aiosmtpd is missing for {Python}; the CI image must have it (apt-get install -y python3-aiosmtpd).");
            Assert.Skip($"aiosmtpd is not installed for {Python}; install it with: apt-get install -y python3-aiosmtpd");
        }
        var server = new SmtpServer(LocalServerPort.Free());
        await server.StartAsync(ct);
        return server;
    }

    public async Task StartAsync(CancellationToken ct)
    {
        if (process is not null) throw new InvalidOperationException("The SMTP server is already running.");
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", Maildir })
            start.ArgumentList.Add(arg);
        process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) errors.Enqueue(line.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await LocalServerPort.WaitUntilListeningAsync(process, Port, "aiosmtpd", () => string.Join(Environment.NewLine, errors), ct);
        }
        catch (TimeoutException)
        {
            Stop();
            throw;
        }
    }

    /// <summary>Kills the server; connections to its port are refused until <see cref="StartAsync"/>.</summary>
    public void Stop()
    {
        if (process is null) return;
        process.Kill(entireProcessTree: true);
        process.WaitForExit(10_000);
        process.Dispose();
        process = null;
    }

    /// <summary>Every message accepted so far, oldest first.</summary>
    public IReadOnlyList<MimeMessage> Received()
    {
        var delivered = Path.Combine(Maildir, "new");
        if (!Directory.Exists(delivered)) return [];
        return Directory.GetFiles(delivered)
            .Select(file => (file, at: File.GetLastWriteTimeUtc(file)))
            .OrderBy(f => f.at).ThenBy(f => f.file, StringComparer.Ordinal)
            .Select(f => MimeMessage.Load(f.file))
            .ToList();
    }

    public void Dispose()
    {
        Stop();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }



    private static int Run(string file, string arguments)
    {
        try
        {
            using var check = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardError = true, UseShellExecute = false });
            if (check is null) return -1;
            check.WaitForExit(30_000);
            return check.HasExited ? check.ExitCode : -1;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1; // no such interpreter
        }
    }
}
