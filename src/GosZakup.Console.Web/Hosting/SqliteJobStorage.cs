using Hangfire;
using Hangfire.InMemory;
using Hangfire.Storage.SQLite;

namespace GosZakup.Console.Web.Hosting;

/// <summary>Hangfire's storage on the embedded default (issue 18 §3): a SQLite file of its own, <c>jobs.db</c> in the data
/// folder, so queued, scheduled and recurring jobs outlive the process, and Hangfire's polling and locks never hold
/// console.db while the app writes. <c>Jobs:Storage=Memory</c> keeps them in memory instead (lost at every stop).
/// One process per data folder: the package hands a queued job to one worker under a lock of its own process only.</summary>
public static class SqliteJobStorage
{
    public const string FileName = "jobs.db";

    public static JobStorage For(IConfiguration config, string dataFolder) =>
        string.Equals(config["Jobs:Storage"], "Memory", StringComparison.OrdinalIgnoreCase)
            ? new InMemoryStorage(new InMemoryStorageOptions { IdType = InMemoryStorageIdType.Long })
            : Open(dataFolder);

    /// <summary>The storage on a data folder's jobs file, as the app opens it (a test opens the same to look or to queue).</summary>
    public static SQLiteStorage Open(string dataFolder) => new(Path.Combine(dataFolder, FileName), Options());

    public static SQLiteStorageOptions Options() => new()
    {
        // Idle workers ask the file for work this often; the package's 15 s would leave a requested report "queued" for
        // that long. Two workers polling a small file every second cost nothing measurable.
        QueuePollInterval = TimeSpan.FromSeconds(1),
        // A job taken by a process that then died is handed out again after this. The package does not extend it while a
        // job runs, so it must be longer than the longest ordinary job, or that job would run twice at once. Work lost
        // with a process comes back sooner by itself: long jobs by their leases (docs/long-jobs.md), the rest by the
        // recurring sweeps that re-derive it from the database.
        InvisibilityTimeout = TimeSpan.FromMinutes(30),
        // Locks (DisableConcurrentExecution, the recurring scheduler's) are renewed every fifth of this; a dead process's
        // lock frees itself after it.
        DistributedLockLifetime = TimeSpan.FromSeconds(30),
    };
}
