using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.Persistence.Audit;
using Microsoft.Data.Sqlite;

namespace GosZakup.Console.Web.Features.Backups;

/// <summary><c>GosZakup.Console.Web restore --from &lt;backup folder&gt; --data &lt;new data folder&gt;</c>: checks every file of
/// the backup against its manifest, refuses a data folder that already holds anything, copies the database and the
/// attachments, checks the copy (SQLite's integrity check and the audit chain) and says what it did. No web host starts.
/// Exit codes: 0 restored, 1 restored but a check of the copy failed, 2 refused (nothing written), 64 wrong arguments.</summary>
public static class RestoreCommand
{
    public const int Restored = 0, RestoredButCheckFailed = 1, Refused = 2, Usage = 64;

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == "restore";

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken ct = default)
    {
        if (!TryParse(args, out var from, out var data))
        {
            await output.WriteLineAsync("Usage: GosZakup.Console.Web restore --from <backup folder> --data <new, empty data folder>");
            return Usage;
        }
        if (BackupManifest.TryRead(from) is not { } manifest)
            return await RefuseAsync(output, $"{from} is not a complete backup: its {BackupManifest.FileName} is missing or unreadable " +
                "(a backup still being written, or one a crash interrupted, has none).");
        if (Directory.Exists(data) && Directory.EnumerateFileSystemEntries(data).Any())
            return await RefuseAsync(output, $"The data folder {data} is not empty. " +
                "Restore only into a new or empty folder, so that nothing is overwritten; then point Storage:DataFolder at it.");

        await output.WriteLineAsync($"Checking {manifest.Files.Count} files of the backup {from} against its manifest…");
        if (await manifest.ProblemsAsync(from, ct) is { Count: > 0 } problems)
            return await RefuseAsync(output, $"The backup {from} is damaged or was altered:\n  - {string.Join("\n  - ", problems)}");

        Directory.CreateDirectory(data);
        foreach (var file in manifest.Files)
        {
            var copy = await BackupCopy.FileAsync(BackupManifest.PathIn(from, file)!, Path.Combine(data, file.Path), file.Path, ct);
            if (copy != file) throw new IOException($"{file.Path} was copied to {data} but the copy differs from the backup (disk error?).");
        }
        await output.WriteLineAsync(
            $"Copied {BackupManifest.DatabaseFile} and {manifest.Files.Count - 1} attachment files ({manifest.TotalBytes:N0} bytes) into {data}.");
        await output.WriteLineAsync($"The backup was made {manifest.MadeAtUtc:yyyy-MM-dd HH:mm} UTC " +
            $"({AstanaTime.FromUtc(manifest.MadeAtUtc):yyyy-MM-dd HH:mm} Astana time) by version {manifest.AppVersion}, at migration {manifest.Migration}.");

        var database = DatabaseSettings.SqliteIn(Path.GetFullPath(data));
        var integrity = await PrepareAsync(database, ct);
        if (integrity != "ok")
        {
            await output.WriteLineAsync(
                $"WARNING: SQLite's integrity check of the restored database says: {integrity}. The files were restored as they were backed up.");
            return RestoredButCheckFailed;
        }
        await output.WriteLineAsync("SQLite integrity check: ok.");
        var chain = await VerifyChainAsync(database, ct);
        if (!chain.IsIntact)
        {
            await output.WriteLineAsync($"WARNING: the audit chain is broken at row {chain.AtSequence} ({chain.Problem}); " +
                $"the {chain.VerifiedRows} rows before it are intact. The files were restored as they were backed up.");
            return RestoredButCheckFailed;
        }
        await output.WriteLineAsync($"Audit chain intact: {chain.VerifiedRows} rows verified.");
        await output.WriteLineAsync(
            $"Restored. Start the console with Storage:DataFolder={Path.GetFullPath(data)} (e.g. --Storage:DataFolder=\"{Path.GetFullPath(data)}\").");
        return Restored;
    }

    private static bool TryParse(string[] args, out string from, out string data)
    {
        (from, data) = ("", "");
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            if (args[i] == "--from") from = args[i + 1];
            else if (args[i] == "--data") data = args[i + 1];
            else return false;
        }
        return args.Length == 5 && from.Length > 0 && data.Length > 0;
    }

    private static async Task<int> RefuseAsync(TextWriter output, string why)
    {
        await output.WriteLineAsync($"Restore refused: {why}");
        await output.WriteLineAsync("Nothing was written.");
        return Refused;
    }

    /// <summary>The snapshot is in rollback-journal mode (VACUUM INTO does not carry WAL over): the console's database runs
    /// in WAL mode, so readers never wait for a writer. Returns SQLite's integrity check ("ok").</summary>
    private static async Task<string> PrepareAsync(DatabaseSettings database, CancellationToken ct)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ToString());
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        await command.ExecuteNonQueryAsync(ct);
        command.CommandText = "PRAGMA integrity_check;";
        return await command.ExecuteScalarAsync(ct) as string ?? "no answer";
    }

    private static async Task<AuditChainReport> VerifyChainAsync(DatabaseSettings database, CancellationToken ct)
    {
        try
        {
            await using var db = DatabaseRegistration.CreateStandalone(database);
            return await AuditChain.VerifyAsync(db, ct);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }
}
