using Hangfire;

namespace GosZakup.Console.Web.Features.Backups;

/// <summary>The nightly backup (02:30 Astana time unless <c>Backups:Schedule</c> says otherwise) and an Admin's "back up
/// now": one backup, then the retention. Running it twice makes two whole backups, never one broken one.</summary>
public sealed class BackupJob(BackupWriter writer, BackupShelf shelf, BackupOptions options)
{
    public const string RecurringId = "backup-nightly";

    /// <summary>On SQLite the job is scheduled; with a server database it is removed (that database has its own tools).</summary>
    public static void Schedule(IRecurringJobManager jobs, BackupOptions options)
    {
        if (!options.OnSqlite)
        {
            jobs.RemoveIfExists(RecurringId);
            return;
        }
        jobs.AddOrUpdate<BackupJob>(RecurringId, job => job.RunAsync(CancellationToken.None), options.Schedule,
            new RecurringJobOptions { TimeZone = Hosting.AstanaJobZone.Instance });
    }

    [DisableConcurrentExecution(timeoutInSeconds: 3600)]
    [AutomaticRetry(Attempts = 2)]
    public async Task<BackupEntry> RunAsync(CancellationToken ct)
    {
        var made = await writer.MakeAsync(ct);
        shelf.Prune();
        return made;
    }

    public bool IsAvailable => options.OnSqlite;
}
