using System.Text.RegularExpressions;
using GosZakup.Console.Web.Features.Backups;
using Microsoft.Data.Sqlite;
using static Microsoft.Playwright.Assertions;

namespace GosZakup.Console.BrowserTests;

/// <summary>The Admin's backups page (issue 18 §4): only an Admin reaches it, and "Back up now" writes a whole backup into
/// the console's data folder and lists it without a reload.</summary>
public sealed class BackupsPageTests(ConsoleApp app, Chromium chromium)
{
    /// <summary>A backup folder's name: its UTC minute, with -2, -3… for a second backup in the same minute.</summary>
    private static readonly Regex BackupName = new(@"\d{4}-\d{2}-\d{2}_\d{4}(-\d+)?");

    [Fact]
    public async Task A_signed_out_visitor_is_sent_to_sign_in_and_comes_back_to_the_backups_page_as_Admin()
    {
        await using var session = await BrowserSession.OpenAsync(app, chromium);
        await session.Page.GotoAsync("/admin/backups");

        await Expect(session.Page).ToHaveURLAsync(new Regex("/account/login\\?returnUrl=%2Fadmin%2Fbackups$", RegexOptions.IgnoreCase));
        await Expect(session.ByTestId("backup-now")).ToHaveCountAsync(0);
        await session.ByTestId("login-email").PressSequentiallyAsync(DemoUsers.Admin, new() { Delay = Typing.HumanDelayMs });
        await session.ByTestId("login-password").PressSequentiallyAsync(DemoUsers.Password, new() { Delay = Typing.HumanDelayMs });
        await session.ByTestId("login-submit").ClickAsync();

        await Expect(session.Page).ToHaveURLAsync(new Regex("/admin/backups$"));
        await Expect(session.Page.Locator("h1")).ToHaveTextAsync("Backups"); // the Admin reads English
        await Expect(session.ByTestId("backup-now")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Admin_backs_up_now_and_sees_the_new_backup_listed_and_whole_in_the_data_folder()
    {
        await using var session = await BrowserSession.OpenAsync(app, chromium);
        await session.SignInAsync(DemoUsers.Admin);
        await session.Page.GotoAsync("/admin/backups");
        await session.WaitForCircuitAsync();
        var clickedAtUtc = DateTime.UtcNow;

        await session.ByTestId("backup-now").ClickAsync();

        // The circuit brings the outcome: the alert names the new folder, the table lists it as complete.
        var made = session.ByTestId("backup-made");
        await Expect(made).ToHaveTextAsync(new Regex($"^Backup {BackupName} made\\.$"), new() { Timeout = 60_000 });
        var name = BackupName.Match(await made.TextContentAsync() ?? "").Value;
        var row = session.ByTestId("backups-table").Locator("tbody tr")
            .Filter(new() { Has = session.Page.Locator("code", new() { HasTextRegex = new Regex($"^{Regex.Escape(name)}$") }) });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.GetByTestId("backup-state")).ToHaveTextAsync("Complete");
        await Expect(session.ByTestId("backup-now")).ToBeEnabledAsync();
        await session.ScreenshotAsync("admin-backups");

        // On disk, under the console's own data folder: a manifest made just now whose every file is there and unaltered,
        // and a database snapshot that opens and holds the console's users.
        var folder = Path.Combine(app.DataFolder, "backups", name);
        var manifest = BackupManifest.TryRead(folder);
        Assert.NotNull(manifest);
        Assert.InRange(manifest.MadeAtUtc, clickedAtUtc.AddSeconds(-1), DateTime.UtcNow);
        Assert.Contains(manifest.Files, f => f.Path == BackupManifest.DatabaseFile);
        Assert.Empty(await manifest.ProblemsAsync(folder, TestContext.Current.CancellationToken));
        Assert.Equal(1L, await CountUsersAsync(Path.Combine(folder, BackupManifest.DatabaseFile), DemoUsers.Admin));
    }

    [Fact]
    public async Task A_Supervisor_is_refused_the_backups_page_and_has_no_backup_button()
    {
        await using var session = await BrowserSession.OpenAsync(app, chromium);
        await session.SignInAsync(DemoUsers.Supervisor);

        await session.Page.GotoAsync("/admin/backups");

        await Expect(session.ByTestId("access-denied")).ToContainTextAsync("Доступ запрещён");
        await Expect(session.ByTestId("backup-now")).ToHaveCountAsync(0);
        await Expect(session.ByTestId("backups-table")).ToHaveCountAsync(0);
        await Expect(session.ByTestId("nav-admin-backups")).ToHaveCountAsync(0);
    }

    private static async Task<long> CountUsersAsync(string databaseFile, string email)
    {
        await using var connection =
            new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM AspNetUsers WHERE NormalizedEmail = $email";
        command.Parameters.AddWithValue("$email", email.ToUpperInvariant());
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
