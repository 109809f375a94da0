using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.Persistence.Audit;
using GosZakup.Console.Web.Features.Backups;
using GosZakup.Console.Web.Features.Inbox;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace GosZakup.Console.IntegrationTests.Backups;

/// <summary>Issue 18 §4: a backup taken while the real host registers appeals is restored by the restore command (a real
/// process) into a fresh folder; the host started on that folder has every record, the attachment and an intact audit
/// chain, and carries the chain on.</summary>
public sealed class BackupRestoreTests : IAsyncLifetime
{
    private const string DevKey = "dev-only-goszakup-console-key"; // appsettings.Development.json
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 7, 7];

    /// <summary>No demo data (a quicker start); appeals as fast as the test sends them.</summary>
    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Demo:Seed"] = "false", ["Jobs:WorkerCount"] = "1", ["RateLimits:AppealsPerMinute"] = "100000",
    };

    private readonly string root = Directory.CreateTempSubdirectory("goszakup-backup-").FullName;
    private string Live => Path.Combine(root, "live");
    private string Restored => Path.Combine(root, "restored");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(root, recursive: true); } catch (IOException) { }
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task A_backup_taken_while_appeals_arrive_restores_into_a_fresh_folder_where_the_app_runs_with_its_audit_chain_intact()
    {
        var clock = Stopwatch.StartNew();
        var phases = new List<string>();
        void Phase(string name) => phases.Add(string.Create(CultureInfo.InvariantCulture, $"{name} {clock.Elapsed.TotalSeconds:F1} s"));
        Directory.CreateDirectory(Live);
        BackupEntry backup;
        int postedBefore, postedAfter;
        string attachmentSha;
        await using (var host = await ConsoleProcess.StartBuiltAsync(Live, Settings, Ct))
        {
            Phase("host listening");
            using var api = ApiClient(host);
            var first = await RegisterAsync(api);
            for (var i = 0; i < 4; i++) await RegisterAsync(api);
            attachmentSha = await AttachAsync(first);

            var posted = 0;
            using var stop = new CancellationTokenSource();
            var writes = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    await RegisterAsync(api);
                    Interlocked.Increment(ref posted);
                }
            }, Ct);
            await UntilAsync(() => Volatile.Read(ref posted) >= 3);
            postedBefore = Volatile.Read(ref posted);
            Phase("backup started");
            backup = await WriterOn(Live).MakeAsync(Ct);
            postedAfter = Volatile.Read(ref posted);
            Phase("backup made");
            await UntilAsync(() => Volatile.Read(ref posted) >= postedAfter + 2); // the host is still writing after the snapshot
            await stop.CancelAsync();
            await writes;
            await host.KillAsync();
        }
        var inBackup = await CountAppealsAsync(backup.Path);
        Assert.InRange(inBackup, 5 + postedBefore, 5 + postedAfter + 1);

        var (exit, output) = await RestoreAsync(backup.Path, Restored);
        Phase("restored");
        Assert.True(exit == RestoreCommand.Restored, output);
        Assert.Contains("Audit chain intact", output);

        await using (var restored = await ConsoleProcess.StartBuiltAsync(Restored, Settings, Ct))
        {
            Phase("restored host listening");
            using var api = ApiClient(restored);
            await RegisterAsync(api); // the restored console takes new work on top of the restored records

            await using var db = DatabaseRegistration.CreateStandalone(DatabaseSettings.SqliteIn(Restored));
            var chain = await AuditChain.VerifyAsync(db, Ct);
            Assert.True(chain.IsIntact, $"broken at {chain.AtSequence}: {chain.Problem}");
            Assert.Equal(inBackup + 1, await db.Set<AppealRecord>().CountAsync(Ct));
            var attachment = await db.Set<AttachmentRecord>().SingleAsync(Ct);
            Assert.Equal(attachmentSha, attachment.Sha256);
            var file = new AttachmentFolder(Path.Combine(Restored, "attachments")).PathOf(attachmentSha);
            Assert.Equal(Png, await File.ReadAllBytesAsync(file, Ct));
        }

        // A second restore into the folder now in use is refused by the same command, and leaves it alone.
        var (again, refusal) = await RestoreAsync(backup.Path, Restored);
        Assert.Equal(RestoreCommand.Refused, again);
        Assert.Contains("is not empty", refusal);

        Phase("done");
        var summary = $"{DateTime.UtcNow:O} backup of {inBackup} appeals ({postedAfter - postedBefore} registered during the snapshot), " +
            $"{backup.Bytes} bytes: {string.Join(", ", phases)}";
        TestContext.Current.SendDiagnosticMessage(summary);
        File.AppendAllText(Path.Combine(Path.GetTempPath(), "goszakup-backup-restore.txt"), summary + "\n");
    }

    private static HttpClient ApiClient(ConsoleProcess host)
    {
        var client = host.NewClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", DevKey);
        return client;
    }

    private static async Task<Guid> RegisterAsync(HttpClient api)
    {
        var receivedAt =
            DateTimeOffset.UtcNow.AddMinutes(-1).ToOffset(TimeSpan.FromHours(5)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        var response = await api.PostAsJsonAsync("/api/v1/appeals", new
        {
            channel = "Monitoring", receivedAt, organisation = "ТОО «Ақ Жол»", taxpayerNumber = "080340000123",
            email = "ops@akzhol.kz", description = $"Портал не отвечает {Guid.NewGuid():N}",
        }, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    /// <summary>A screenshot added as the Inbox adds it (file first, then its row), into the live data folder.</summary>
    private async Task<string> AttachAsync(Guid appealId)
    {
        await using var services = new ServiceCollection().AddLogging().AddLocalization()
            .AddSingleton(TimeProvider.System)
            .AddScoped<ICurrentActor, SystemActor>()
            .AddConsoleDatabase(DatabaseSettings.SqliteIn(Live))
            .AddSingleton(new AttachmentFolder(Path.Combine(Live, "attachments")))
            .AddScoped<AttachmentStore>()
            .BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<AttachmentStore>()
            .AddAsync(appealId, "screen.png", new MemoryStream(Png), "operator@demo.kz", Ct));
        return Convert.ToHexStringLower(SHA256.HashData(Png));
    }

    /// <summary>The writer the nightly job runs, on the live folder, from this process: a second process reading the database
    /// while the host writes to it.</summary>
    private static BackupWriter WriterOn(string dataFolder)
    {
        var database = DatabaseSettings.SqliteIn(dataFolder);
        var options = BackupOptions.From(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build(), dataFolder, database);
        return new BackupWriter(options, database, TimeProvider.System, NullLogger<BackupWriter>.Instance);
    }

    private static async Task<int> CountAppealsAsync(string backupFolder)
    {
        await using var db = DatabaseRegistration.CreateStandalone(new DatabaseSettings(DatabaseProvider.Sqlite,
            $"Data Source={Path.Combine(backupFolder, BackupManifest.DatabaseFile)};Mode=ReadOnly;Pooling=False"));
        return await db.Set<AppealRecord>().CountAsync(Ct);
    }

    /// <summary><c>dotnet GosZakup.Console.Web.dll restore --from … --data …</c>, as an operator runs it.</summary>
    private static async Task<(int ExitCode, string Output)> RestoreAsync(string from, string data)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "GosZakup.Console.Web.dll"), "restore", "--from", from, "--data", data })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(Ct);
        var stderr = process.StandardError.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);
        return (process.ExitCode, await stdout + await stderr);
    }

    private static async Task UntilAsync(Func<bool> done)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (!done())
        {
            Assert.True(DateTime.UtcNow < until, "timed out waiting for the appeals");
            await Task.Delay(20, Ct);
        }
    }
}
