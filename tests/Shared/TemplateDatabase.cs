using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Tests.Shared;

/// <summary>A SQLite file migrated once per test process (whatever the migrations are), then copied into each test's
/// data folder: a copy takes milliseconds where applying every migration takes seconds. Linked into each test project
/// that needs it, so each test assembly makes its own template.</summary>
internal static class TemplateDatabase
{
    public const string FileName = "console.db";

    private static readonly Lazy<Task<string>> Template = new(CreateAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Puts a fully migrated, empty database at <c>console.db</c> in <paramref name="dataFolder"/>, where
    /// <see cref="DatabaseSettings.SqliteIn"/> and the app's data folder look for it. The folder must not have one yet.</summary>
    public static async Task CopyToAsync(string dataFolder)
    {
        var template = await Template.Value;
        File.Copy(template, Path.Combine(dataFolder, FileName), overwrite: false);
    }

    private static async Task<string> CreateAsync()
    {
        var folder = Directory.CreateTempSubdirectory("goszakup-template-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Delete(folder);
        var file = Path.Combine(folder, FileName);
        // Without pooling the connection is really closed when the context goes, so the file alone holds everything
        // (no journal or write-ahead log beside it to copy).
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        await using (var db = DatabaseRegistration.CreateStandalone(settings))
            await db.Database.MigrateAsync();
        var leftOver = Directory.GetFiles(folder).Where(f => f != file).ToList();
        if (leftOver.Count > 0)
            throw new InvalidOperationException($"The template database left files beside it ({string.Join(", ", leftOver)}); " +
                $"a copy of {FileName} alone would be incomplete.");
        return file;
    }

    private static void Delete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
