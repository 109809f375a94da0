using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;

namespace GosZakup.Console.IntegrationTests.Providers;

/// <summary>SQLite, the embedded default: always available. Each test's database is a copy of a template file migrated
/// once per run.</summary>
public sealed class SqliteDatabases : ProviderDatabases
{
    private readonly string templateFolder = Directory.CreateTempSubdirectory("goszakup-sqlite-template-").FullName;

    private string TemplateFile => Path.Combine(templateFolder, "console.db");

    public override Task<ProviderDatabase> CreateEmptyAsync(CancellationToken ct) => Task.FromResult(NewDatabase());

    protected override async Task PrepareTemplateAsync(CancellationToken ct)
    {
        await using var template = new ProviderDatabase(DatabaseSettings.SqliteIn(templateFolder), () => ValueTask.CompletedTask);
        await MigrateAsync(template, ct);
        // Every connection closed: the last one folds the write-ahead log into the file, which is then complete to copy.
        SqliteConnection.ClearAllPools();
    }

    protected override Task<ProviderDatabase> CopyTemplateAsync(CancellationToken ct)
    {
        var database = NewDatabase();
        File.Copy(TemplateFile, Path.Combine(database.Folder, "console.db"));
        return Task.FromResult(database);
    }

    /// <summary>The database file lives in the test's own folder, which the database deletes when disposed.</summary>
    private static ProviderDatabase NewDatabase() => new(null, () =>
    {
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    });

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(templateFolder, recursive: true); } catch (IOException) { }
        return ValueTask.CompletedTask;
    }
}
