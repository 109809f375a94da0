using Bunit;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Features.Backups;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.Web.Tests;

public class BackupsPageTests : ConsoleTestContext
{
    /// <summary>Backups of the test's own SQLite data folder; <paramref name="onSqlite"/> false is a server database.</summary>
    private BackupOptions AddBackups(bool onSqlite = true)
    {
        AddAuthorization().SetAuthorized("admin@test.kz").SetRoles("Admin");
        Services.AddSingleton(sp =>
        {
            var database = sp.GetRequiredService<DatabaseSettings>();
            var folder = Path.GetDirectoryName(new SqliteConnectionStringBuilder(database.ConnectionString).DataSource)!;
            return BackupOptions.From(new ConfigurationBuilder().Build(), folder, database) with { OnSqlite = onSqlite };
        });
        Services.AddSingleton<BackupWriter>();
        Services.AddSingleton<BackupShelf>();
        Services.AddScoped<BackupJob>();
        return Services.GetRequiredService<BackupOptions>();
    }

    [Fact]
    public async Task Back_up_now_makes_a_complete_backup_listed_in_Astana_time()
    {
        AddBackups();
        (await MigratedDatabaseAsync()).Dispose();
        var cut = Render<BackupsPage>();
        Assert.Contains("every night at 02:30 Astana time", cut.Find("[data-testid=backups-intro]").TextContent);
        Assert.Contains("No backups yet", cut.Find("[data-testid=backups-table]").TextContent);

        cut.Find("[data-testid=backup-now]").Click();

        // The pinned clock reads 20 November 2026, 07:10 UTC: 12:10 in Astana; the folder is named by UTC.
        cut.WaitForAssertion(() => Assert.Contains("Backup 2026-11-20_0710 made.", cut.Find("[data-testid=backup-made]").TextContent),
            TimeSpan.FromSeconds(30)); // a real VACUUM INTO on a busy machine
        var row = Assert.Single(cut.FindAll("[data-testid=backups-table] tbody tr"));
        Assert.Contains("20.11.2026 12:10", row.TextContent);
        Assert.Contains("2026-11-20_0710", row.TextContent);
        Assert.Contains(" MB", row.TextContent);
        Assert.Equal("Complete", row.QuerySelector("[data-testid=backup-state]")!.TextContent.Trim());
    }

    [Fact]
    public void An_unfinished_backup_is_shown_as_incomplete()
    {
        var options = AddBackups();
        Directory.CreateDirectory(Path.Combine(options.Folder, BackupWriter.PartialPrefix + "2026-11-20_0700-x"));

        var cut = Render<BackupsPage>();

        var row = Assert.Single(cut.FindAll("[data-testid=backups-table] tbody tr"));
        Assert.Equal("Incomplete", row.QuerySelector("[data-testid=backup-state]")!.TextContent.Trim());
    }

    [Fact]
    public void With_a_server_database_the_page_points_to_the_servers_own_tools_and_offers_no_button()
    {
        AddBackups(onSqlite: false);

        var cut = Render<BackupsPage>();

        Assert.Contains("back it up with the server's own tools", cut.Find("[data-testid=backups-server]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=backup-now]"));
    }
}
