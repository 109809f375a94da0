using System.Reflection;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;

namespace GosZakup.Console.Web.Features.Backups;

/// <summary>Makes one backup of the embedded database and its attachments while the console runs:
/// <c>VACUUM INTO</c> (a consistent snapshot of the database, taken in one read transaction, so writers carry on), then a
/// copy of the attachments folder, then the manifest. Everything is written into a <c>.partial-…</c> folder, which is
/// renamed to <c>yyyy-MM-dd_HHmm</c> (UTC) only when complete: a folder with that name is always a whole backup.</summary>
public sealed class BackupWriter(BackupOptions options, DatabaseSettings database, TimeProvider clock, ILogger<BackupWriter> log)
{
    public const string PartialPrefix = ".partial-";

    /// <summary>One backup at a time in this process (the nightly run and an Admin's "back up now" may meet).</summary>
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public async Task<BackupEntry> MakeAsync(CancellationToken ct)
    {
        if (!options.OnSqlite)
            throw new InvalidOperationException("The nightly backup copies the embedded SQLite database; back up a server database with its own tools.");
        await OneAtATime.WaitAsync(ct);
        try
        {
            return await MakeOneAsync(ct);
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    private async Task<BackupEntry> MakeOneAsync(CancellationToken ct)
    {
        var madeAt = clock.GetUtcNow().UtcDateTime;
        var name = madeAt.ToString("yyyy-MM-dd_HHmm", System.Globalization.CultureInfo.InvariantCulture);
        Directory.CreateDirectory(options.Folder);
        var partial = Directory.CreateDirectory(Path.Combine(options.Folder, $"{PartialPrefix}{name}-{Guid.NewGuid():N}")).FullName;
        try
        {
            var files = new List<BackupFile> { await SnapshotDatabaseAsync(partial, ct) };
            var migration = await MigrationOfAsync(Path.Combine(partial, BackupManifest.DatabaseFile), ct);
            // After the snapshot: a file is kept before its row is saved (AttachmentStore), so every attachment the
            // snapshot names is already in the folder; one added since is copied too and is merely unused.
            files.AddRange(await CopyAttachmentsAsync(partial, ct));
            var manifest = new BackupManifest(BackupManifest.CurrentFormat, madeAt, AppVersion, migration, files);
            await manifest.WriteAsync(partial, ct);
            var done = Publish(partial, name);
            log.LogInformation("Backup {Name} made: {Files} files, {Bytes} bytes, migration {Migration}", Path.GetFileName(done), files.Count,
                manifest.TotalBytes, migration);
            return BackupEntry.Complete(done, manifest);
        }
        catch
        {
            TryDelete(partial);
            throw;
        }
    }

    private async Task<BackupFile> SnapshotDatabaseAsync(string partial, CancellationToken ct)
    {
        var target = Path.Combine(partial, BackupManifest.DatabaseFile);
        await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ToString()))
        {
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            // A writer holding the lock (rollback-journal mode) is waited for; in WAL mode the snapshot never waits.
            command.CommandText = "PRAGMA busy_timeout = 30000; VACUUM INTO $target;";
            command.Parameters.AddWithValue("$target", target);
            command.CommandTimeout = 0;
            await command.ExecuteNonQueryAsync(ct);
        }
        var (bytes, sha256) = await BackupManifest.HashAsync(target, ct);
        return new BackupFile(BackupManifest.DatabaseFile, bytes, sha256);
    }

    private static async Task<string> MigrationOfAsync(string databaseFile, CancellationToken ct)
    {
        await using var connection =
            new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId DESC LIMIT 1";
        return await command.ExecuteScalarAsync(ct) as string ?? "none";
    }

    private async Task<List<BackupFile>> CopyAttachmentsAsync(string partial, CancellationToken ct)
    {
        var copied = new List<BackupFile>();
        var source = options.AttachmentsFolder;
        if (!Directory.Exists(source)) return copied;
        var incoming = Path.Combine(source, "incoming") + Path.DirectorySeparatorChar;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (file.StartsWith(incoming, StringComparison.Ordinal)) continue; // uploads being checked, not yet kept
            var relative = $"{BackupManifest.AttachmentsFolder}/{BackupCopy.Relative(source, file)}";
            try
            {
                copied.Add(await BackupCopy.FileAsync(file, Path.Combine(partial, relative), relative, ct));
            }
            catch (FileNotFoundException)
            {
                // Gone between the listing and the copy: it was not in the snapshot's world either.
            }
        }
        return copied;
    }

    /// <summary>Renames the finished folder to its minute; a second backup in the same minute gets <c>-2</c>, <c>-3</c>….
    /// The rename is atomic and fails when the name is taken, so two runs never write into one folder.</summary>
    private static string Publish(string partial, string name)
    {
        var parent = Path.GetDirectoryName(partial)!;
        for (var n = 1; ; n++)
        {
            var target = Path.Combine(parent, n == 1 ? name : $"{name}-{n}");
            if (Directory.Exists(target)) continue;
            try
            {
                Directory.Move(partial, target);
                return target;
            }
            catch (IOException) when (Directory.Exists(target) && n < 100)
            {
            }
        }
    }

    internal static void TryDelete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    private static string AppVersion { get; } =
        typeof(BackupWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(BackupWriter).Assembly.GetName().Version?.ToString() ?? "unknown";
}
