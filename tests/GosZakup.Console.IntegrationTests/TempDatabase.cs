using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Tests.Shared;
using Microsoft.Data.Sqlite;

namespace GosZakup.Console.IntegrationTests;

/// <summary>A SQLite file of its own in a temporary folder, for tests that must not share the app's database: empty
/// (<c>new()</c>), or already migrated (<see cref="MigratedAsync"/>).</summary>
public sealed class TempDatabase : IDisposable
{
    /// <summary>A copy of the migrated template (<see cref="TemplateDatabase"/>): every migration applied, no rows.</summary>
    public static async Task<TempDatabase> MigratedAsync()
    {
        var database = new TempDatabase();
        await database.MigrateAsync();
        return database;
    }

    /// <summary>Puts the migrated template in this folder; nothing may have opened the database before.</summary>
    public Task MigrateAsync() => TemplateDatabase.CopyToAsync(folder);

    private readonly string folder = Directory.CreateTempSubdirectory("goszakup-db-").FullName;

    /// <summary>The temporary folder: also a data folder for files kept beside the database.</summary>
    public string Folder => folder;

    public DatabaseSettings Settings => DatabaseSettings.SqliteIn(folder);

    public AppDbContext NewContext(TimeProvider? clock = null) => DatabaseRegistration.CreateStandalone(Settings, clock);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
