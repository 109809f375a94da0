using GosZakup.Console.Infrastructure.Identity;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Features.Backups;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace GosZakup.Console.IntegrationTests.Backups;

/// <summary>A data folder with a migrated database (a user created and renamed: two audit rows), one kept attachment and
/// one upload still being checked; its backups go to <c>backups/</c> under it. The clock is pinned: 02:30 Astana time.</summary>
public sealed class BackedUpFolder : IAsyncDisposable
{
    public const string AttachmentPath = "attachments/3f/3f0a";

    private BackedUpFolder(int keep)
    {
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Backups:Keep"] = $"{keep}" }).Build();
        Options = BackupOptions.From(settings, Folder, Database);
    }

    public string Folder { get; } = Directory.CreateTempSubdirectory("goszakup-backed-").FullName;

    public DatabaseSettings Database => DatabaseSettings.SqliteIn(Folder);

    public BackupOptions Options { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 6, 21, 30, 0, TimeSpan.Zero));

    public static async Task<BackedUpFolder> CreateAsync(int keep = BackupOptions.DefaultKeep)
    {
        var folder = new BackedUpFolder(keep);
        await using (var db = DatabaseRegistration.CreateStandalone(folder.Database))
        {
            await db.Database.MigrateAsync();
            var user = new ApplicationUser { UserName = "a@test.kz", Email = "a@test.kz", FullName = "Әлия" };
            db.Users.Add(user);
            await db.SaveChangesAsync();
            user.FullName = "Әлия Серікқызы";
            await db.SaveChangesAsync();
        }
        Write(Path.Combine(folder.Folder, AttachmentPath), [1, 2, 3, 4]);
        Write(Path.Combine(folder.Folder, "attachments", "incoming", "half-uploaded"), [9, 9]);
        return folder;
    }

    private static void Write(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    public BackupWriter Writer() => new(Options, Database, Clock, NullLogger<BackupWriter>.Instance);

    public BackupShelf Shelf() => new(Options, Clock, NullLogger<BackupShelf>.Instance);

    public BackupJob Job() => new(Writer(), Shelf(), Options);

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
        return ValueTask.CompletedTask;
    }
}
