using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.IntegrationTests;

/// <summary>The pre-release migrations were squashed into one Initial: a data folder made by the old history is refused
/// with words that say how to recreate it, and a database this version made is accepted.</summary>
public class SchemaHistoryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The first migration of the pre-release history, as a development data folder of that time recorded it.</summary>
    private const string OldMigration = "20261123033452_Initial";

    [Fact]
    public async Task A_database_this_version_migrated_is_accepted()
    {
        using var temp = new TempDatabase();
        await using var db = temp.NewContext();
        await db.Database.MigrateAsync(Ct);

        await SchemaHistoryGuard.RefuseUnknownHistoryAsync(db, Ct);
    }

    [Fact]
    public async Task An_empty_data_folder_is_accepted()
    {
        using var temp = new TempDatabase();
        await using var db = temp.NewContext();

        await SchemaHistoryGuard.RefuseUnknownHistoryAsync(db, Ct);
    }

    [Fact]
    public async Task A_database_made_by_the_old_history_is_refused_with_how_to_recreate_it()
    {
        using var temp = new TempDatabase();
        await using var db = temp.NewContext();
        await RecordOldHistoryAsync(db);

        var refused = await Assert.ThrowsAsync<UnknownSchemaHistoryException>(() => SchemaHistoryGuard.RefuseUnknownHistoryAsync(db, Ct));

        Assert.Equal([OldMigration], refused.UnknownMigrations);
        Assert.Contains(Path.Combine(temp.Folder, "console.db"), refused.Message);
        Assert.Contains("delete the data folder", refused.Message);
    }

    [Fact]
    public async Task The_real_host_stops_on_an_old_data_folder_with_the_message_and_no_stack_trace()
    {
        using var temp = new TempDatabase();
        await using (var db = temp.NewContext())
            await RecordOldHistoryAsync(db);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            ConsoleProcess.StartBuiltAsync(temp.Folder, new Dictionary<string, string>(), Ct));

        Assert.Contains("exit code 2", refused.Message);
        Assert.Contains(OldMigration, refused.Message);
        Assert.Contains("squashed into one Initial migration", refused.Message);
        Assert.DoesNotContain("   at ", refused.Message);
    }

    private static async Task RecordOldHistoryAsync(AppDbContext db)
    {
        await db.Database.ExecuteSqlRawAsync(
            """CREATE TABLE "__EFMigrationsHistory" ("MigrationId" TEXT NOT NULL PRIMARY KEY, "ProductVersion" TEXT NOT NULL)""", Ct);
        await db.Database.ExecuteSqlRawAsync(
            $"""INSERT INTO "__EFMigrationsHistory" VALUES ('{OldMigration}', '10.0.14')""", Ct);
    }
}
