using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;

namespace GosZakup.Console.IntegrationTests;

/// <summary>A SQLite file of its own in a temporary folder, for tests that must not share the app's database.</summary>
public sealed class TempDatabase : IDisposable
{
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
