using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.IntegrationTests.Providers;

/// <summary>One test's own database on one provider, and a folder for the files the app keeps beside it (attachments,
/// the SQLite file itself). Disposing it drops the database and deletes the folder.</summary>
public sealed class ProviderDatabase : IAsyncDisposable
{
    private readonly Func<ValueTask> drop;

    /// <param name="settings">The database on a server, or null for a SQLite file in <see cref="Folder"/>.</param>
    public ProviderDatabase(DatabaseSettings? settings, Func<ValueTask> drop)
    {
        Folder = Directory.CreateTempSubdirectory("goszakup-provider-").FullName;
        Settings = settings ?? DatabaseSettings.SqliteIn(Folder);
        this.drop = drop;
    }

    public DatabaseSettings Settings { get; }

    public string Folder { get; }

    public AppDbContext NewContext(TimeProvider? clock = null) => DatabaseRegistration.CreateStandalone(Settings, clock);

    public async ValueTask DisposeAsync()
    {
        await drop();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}

/// <summary>A provider's database server for the contract tests (one per test class, so one per provider and run): an
/// empty database, or a migrated one, for each test.</summary>
public abstract class ProviderDatabases : IAsyncDisposable
{
    private readonly SemaphoreSlim templateGate = new(1, 1);
    private bool templateReady;

    /// <summary>A database with no table in it.</summary>
    public abstract Task<ProviderDatabase> CreateEmptyAsync(CancellationToken ct);

    /// <summary>A migrated database with no rows (the calendars unseeded: their seeding is a test of its own).</summary>
    public async Task<ProviderDatabase> CreateMigratedAsync(CancellationToken ct)
    {
        await templateGate.WaitAsync(ct);
        try
        {
            if (!templateReady)
            {
                var started = System.Diagnostics.Stopwatch.StartNew();
                await PrepareTemplateAsync(ct);
                TestContext.Current.SendDiagnosticMessage($"{GetType().Name}: template migrated in {started.Elapsed.TotalSeconds:0.0} s");
                templateReady = true;
            }
        }
        finally
        {
            templateGate.Release();
        }
        return await CopyTemplateAsync(ct);
    }

    /// <summary>Makes the run's template: once per run, before the first migrated database.</summary>
    protected abstract Task PrepareTemplateAsync(CancellationToken ct);

    /// <summary>A new database with the template's contents.</summary>
    protected abstract Task<ProviderDatabase> CopyTemplateAsync(CancellationToken ct);

    protected static async Task MigrateAsync(ProviderDatabase database, CancellationToken ct)
    {
        await using var db = database.NewContext();
        await db.Database.MigrateAsync(ct);
    }

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
