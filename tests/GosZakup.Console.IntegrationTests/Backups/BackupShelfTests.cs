using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Features.Backups;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.IntegrationTests.Backups;

public class BackupShelfTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_backup_holds_the_database_and_the_kept_attachments_named_by_its_minute_with_a_manifest_that_checks()
    {
        await using var live = await BackedUpFolder.CreateAsync();

        var made = await live.Job().RunAsync(Ct);

        Assert.Equal(("2026-12-06_2130", true), (made.Name, made.IsComplete));
        var manifest = BackupManifest.TryRead(made.Path)!;
        Assert.Equal([BackupManifest.DatabaseFile, BackedUpFolder.AttachmentPath], manifest.Files.Select(f => f.Path));
        Assert.Equal(new DateTime(2026, 12, 6, 21, 30, 0, DateTimeKind.Utc), manifest.MadeAtUtc);
        await using (var db = DatabaseRegistration.CreateStandalone(live.Database))
            Assert.Equal(db.Database.GetMigrations().Last(), manifest.Migration);
        Assert.Empty(await manifest.ProblemsAsync(made.Path, Ct));
        Assert.Equal(["2026-12-06_2130"], new DirectoryInfo(live.Options.Folder).EnumerateFileSystemInfos().Select(e => e.Name));
    }

    [Fact]
    public async Task Retention_keeps_the_newest_backups_and_deletes_the_older_ones()
    {
        await using var live = await BackedUpFolder.CreateAsync(keep: 3);

        for (var night = 0; night < 5; night++)
        {
            await live.Job().RunAsync(Ct);
            live.Clock.Advance(TimeSpan.FromDays(1));
        }

        Assert.Equal(["2026-12-10_2130", "2026-12-09_2130", "2026-12-08_2130"], live.Shelf().List().Select(b => b.Name));
        Assert.All(live.Shelf().List(), b => Assert.True(b.IsComplete));
    }

    [Fact]
    public async Task Two_runs_in_the_same_minute_make_two_whole_backups_side_by_side()
    {
        await using var live = await BackedUpFolder.CreateAsync();

        var both = await Task.WhenAll(live.Job().RunAsync(Ct), live.Job().RunAsync(Ct));

        Assert.Equal(["2026-12-06_2130", "2026-12-06_2130-2"], both.Select(b => b.Name).Order(StringComparer.Ordinal));
        foreach (var backup in both)
            Assert.Empty(await BackupManifest.TryRead(backup.Path)!.ProblemsAsync(backup.Path, Ct));
    }

    [Fact]
    public async Task An_unfinished_backup_is_listed_as_incomplete_never_counted_and_removed_once_abandoned()
    {
        await using var live = await BackedUpFolder.CreateAsync(keep: 1);
        const string crashed = BackupWriter.PartialPrefix + "2026-12-06_2100-crashed";
        var unfinished = Directory.CreateDirectory(Path.Combine(live.Options.Folder, crashed)).FullName;
        File.WriteAllBytes(Path.Combine(unfinished, BackupManifest.DatabaseFile), [1, 2, 3]);
        Directory.SetLastWriteTimeUtc(unfinished, live.Clock.GetUtcNow().UtcDateTime.AddMinutes(-30));
        var notOurs = Directory.CreateDirectory(Path.Combine(live.Options.Folder, "kept-by-hand")).FullName;

        await live.Job().RunAsync(Ct);

        var listed = live.Shelf().List();
        Assert.Equal([("2026-12-06_2130", true), (crashed, false)], listed.Select(b => (b.Name, b.IsComplete)));

        live.Clock.Advance(BackupShelf.AbandonedAfter);
        live.Shelf().Prune();

        Assert.False(Directory.Exists(unfinished));
        Assert.True(Directory.Exists(notOurs));
    }
}
