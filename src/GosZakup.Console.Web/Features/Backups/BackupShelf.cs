namespace GosZakup.Console.Web.Features.Backups;

/// <summary>A backup as the backups folder shows it. <paramref name="MadeAtUtc"/> is the manifest's time for a complete
/// backup and the folder's last change for an incomplete one (a run under way, or one a crash interrupted).</summary>
public sealed record BackupEntry(string Name, string Path, DateTime MadeAtUtc, long Bytes, bool IsComplete, string? Migration)
{
    public static BackupEntry Complete(string path, BackupManifest manifest) =>
        new(System.IO.Path.GetFileName(path), path, manifest.MadeAtUtc, manifest.TotalBytes, true, manifest.Migration);
}

/// <summary>The backups folder: what it holds, newest first, and the retention that keeps the last
/// <see cref="BackupOptions.Keep"/> complete backups. Only folders this feature wrote are ever deleted.</summary>
public sealed class BackupShelf(BackupOptions options, TimeProvider clock, ILogger<BackupShelf> log)
{
    /// <summary>An incomplete folder unchanged for this long is a crashed run's leftover, not a run under way.</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromHours(12);

    public IReadOnlyList<BackupEntry> List()
    {
        if (!Directory.Exists(options.Folder)) return [];
        var entries = new List<BackupEntry>();
        foreach (var folder in Directory.EnumerateDirectories(options.Folder))
        {
            var name = Path.GetFileName(folder);
            if (BackupManifest.TryRead(folder) is { } manifest && !name.StartsWith('.'))
                entries.Add(BackupEntry.Complete(folder, manifest));
            else if (name.StartsWith(BackupWriter.PartialPrefix, StringComparison.Ordinal))
                entries.Add(new BackupEntry(name, folder, Directory.GetLastWriteTimeUtc(folder), SizeOf(folder), false, null));
        }
        return [.. entries.OrderByDescending(e => e.MadeAtUtc).ThenByDescending(e => e.Name, StringComparer.Ordinal)];
    }

    /// <summary>Deletes the complete backups beyond the newest <see cref="BackupOptions.Keep"/>, and incomplete folders
    /// abandoned for longer than <see cref="AbandonedAfter"/>. Returns the names deleted.</summary>
    public IReadOnlyList<string> Prune()
    {
        var all = List();
        var now = clock.GetUtcNow().UtcDateTime;
        var doomed = all.Where(e => e.IsComplete).Skip(options.Keep)
            .Concat(all.Where(e => !e.IsComplete && now - e.MadeAtUtc > AbandonedAfter))
            .ToList();
        foreach (var entry in doomed)
        {
            BackupWriter.TryDelete(entry.Path);
            log.LogInformation("Backup {Name} deleted (keeping the last {Keep})", entry.Name, options.Keep);
        }
        return [.. doomed.Select(e => e.Name)];
    }

    private static long SizeOf(string folder)
    {
        try
        {
            return new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0; // being written or removed at this moment
        }
    }
}
