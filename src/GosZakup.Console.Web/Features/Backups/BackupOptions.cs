using GosZakup.Console.Infrastructure.Persistence;

namespace GosZakup.Console.Web.Features.Backups;

/// <summary>Section <c>Backups</c>: <c>Folder</c> (default <c>backups</c> under the data folder; a relative path is taken
/// from the data folder), <c>Keep</c> (how many complete backups stay, 14) and <c>Schedule</c> (a cron in Astana time,
/// <c>30 2 * * *</c>). The nightly backup runs on the embedded SQLite database only; a server database is backed up with
/// its own tools (README, "Backups and restore").</summary>
public sealed record BackupOptions(string Folder, int Keep, string Schedule, string DataFolder, bool OnSqlite)
{
    public const int DefaultKeep = 14;
    public const string DefaultSchedule = "30 2 * * *";

    /// <summary>The application's database file (<c>console.db</c>) and the attachments kept beside it.</summary>
    public string AttachmentsFolder => Path.Combine(DataFolder, "attachments");

    public static BackupOptions From(IConfiguration config, string dataFolder, DatabaseSettings database)
    {
        var section = config.GetSection("Backups");
        var folder = section["Folder"];
        var keep = section.GetValue("Keep", DefaultKeep);
        if (keep < 1)
            throw new InvalidOperationException($"Backups:Keep is {keep}; keep at least 1 backup (default {DefaultKeep}).");
        var schedule = section["Schedule"];
        return new BackupOptions(
            Path.GetFullPath(Path.Combine(dataFolder, string.IsNullOrWhiteSpace(folder) ? "backups" : folder)),
            keep,
            string.IsNullOrWhiteSpace(schedule) ? DefaultSchedule : schedule.Trim(),
            dataFolder,
            database.Provider == DatabaseProvider.Sqlite);
    }
}
