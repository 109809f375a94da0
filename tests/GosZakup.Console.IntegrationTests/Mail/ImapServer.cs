using System.Diagnostics;
using MailKit;
using MailKit.Net.Imap;
using MimeKit;

namespace GosZakup.Console.IntegrationTests.Mail;

/// <summary>A real IMAP server in its own process: Debian's dovecot on 127.0.0.1 with one mailbox in a
/// temporary maildir, configured from scratch (no system configuration is read or changed).</summary>
public sealed class ImapServer : IAsyncDisposable
{
    public const string Dovecot = "/usr/sbin/dovecot";
    public const string User = "contact-centre@test.kz";
    public const string Password = "imap-test-password";

    private readonly string folder = Directory.CreateTempSubdirectory("goszakup-imap-").FullName;
    private Process? process;

    private ImapServer(int port) => Port = port;

    public int Port { get; }

    private static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static async Task<ImapServer> StartNewAsync(CancellationToken ct)
    {
        if (!File.Exists(Dovecot))
        {
            if (InCi) throw new InvalidOperationException("dovecot is missing; the CI image must have it (apt-get install -y dovecot-imapd).");
            Assert.Skip("dovecot is not installed; install it with: apt-get install -y dovecot-imapd");
        }
        var server = new ImapServer(LocalServerPort.Free());
        await server.StartAsync(ct);
        return server;
    }

    /// <summary>Puts a message in the mailbox as delivery would, with the server's arrival time.</summary>
    public async Task DeliverAsync(MimeMessage message, DateTimeOffset arrivedAt, CancellationToken ct)
    {
        using var imap = await ConnectAsync(ct);
        await imap.Inbox.OpenAsync(FolderAccess.ReadWrite, ct);
        await imap.Inbox.AppendAsync(new AppendRequest(message) { InternalDate = arrivedAt }, ct);
        await imap.DisconnectAsync(true, ct);
    }

    /// <summary>Each message's keywords and flags, oldest first.</summary>
    public async Task<IReadOnlyList<(MessageFlags Flags, IReadOnlySet<string> Keywords)>> FlagsAsync(CancellationToken ct)
    {
        using var imap = await ConnectAsync(ct);
        await imap.Inbox.OpenAsync(FolderAccess.ReadOnly, ct);
        var summaries = imap.Inbox.Count == 0 ? [] : await imap.Inbox.FetchAsync(0, -1, MessageSummaryItems.Flags, ct);
        await imap.DisconnectAsync(true, ct);
        return summaries.Select(s => (s.Flags ?? MessageFlags.None, (IReadOnlySet<string>)s.Keywords)).ToList();
    }

    private async Task<ImapClient> ConnectAsync(CancellationToken ct)
    {
        var imap = new ImapClient();
        await imap.ConnectAsync("127.0.0.1", Port, MailKit.Security.SecureSocketOptions.None, ct);
        await imap.AuthenticateAsync(User, Password, ct);
        return imap;
    }

    private async Task StartAsync(CancellationToken ct)
    {
        // dovecot's auth and login processes run as its own unprivileged users: they must be able to read these.
        // Mail is stored as "nobody" when the tests run as root (dovecot refuses to store mail as root).
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
            File.SetUnixFileMode(Directory.CreateDirectory(Path.Combine(folder, "mail")).FullName, (UnixFileMode)0b111_111_111);
        }
        var config = Path.Combine(folder, "dovecot.conf");
        await File.WriteAllTextAsync(Path.Combine(folder, "passwd"), $"{User}:{{PLAIN}}{Password}\n", ct);
        await File.WriteAllTextAsync(config, Configuration(), ct);
        var start = new ProcessStartInfo(Dovecot) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "-F", "-c", config }) start.ArgumentList.Add(arg);
        process = Process.Start(start) ?? throw new InvalidOperationException("dovecot did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await LocalServerPort.WaitUntilListeningAsync(process, Port, "dovecot", Log, ct);
    }

    private string Configuration()
    {
        var user = Environment.UserName;
        var root = user == "root";
        // Not root: dovecot's own service users do not apply, so every service runs as the test user.
        var services = root ? "" : $"default_internal_user = {user}\ndefault_login_user = {user}\n";
        var (uid, gid) = root ? ("65534", "65534") : (Id("-u"), Id("-g"));
        return $$"""
            protocols = imap
            listen = 127.0.0.1
            base_dir = {{folder}}/run
            state_dir = {{folder}}/state
            log_path = {{folder}}/dovecot.log
            ssl = no
            disable_plaintext_auth = no
            auth_mechanisms = plain login
            mail_location = maildir:{{folder}}/mail/%u
                        {{services}}
            passdb {
              driver = passwd-file
              args = scheme=PLAIN username_format=%u {{folder}}/passwd
            }
            userdb {
              driver = static
              args = uid={{uid}} gid={{gid}} home={{folder}}/mail/%u
            }
            service imap-login {
              chroot =
              inet_listener imap {
                address = 127.0.0.1
                port = {{Port}}
              }
              inet_listener imaps {
                port = 0
              }
            }
            service anvil {
              chroot =
            }
            service stats {
              inet_listener http {
                port = 0
              }
            }
            """;
    }

    private static string Id(string flag)
    {
        using var id = Process.Start(new ProcessStartInfo("id", flag) { RedirectStandardOutput = true, UseShellExecute = false })!;
        var value = id.StandardOutput.ReadToEnd().Trim();
        id.WaitForExit();
        return value;
    }


    private string Log()
    {
        var log = Path.Combine(folder, "dovecot.log");
        return File.Exists(log) ? File.ReadAllText(log) : "(no log)";
    }


    public async ValueTask DisposeAsync()
    {
        if (process is not null)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            process.Dispose();
        }
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
