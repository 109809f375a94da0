using static Microsoft.Playwright.Assertions;

namespace GosZakup.Console.BrowserTests;

/// <summary>The administrator's pages render interactively with their data.</summary>
public sealed class AdminPagesTests(ConsoleApp app, Chromium chromium)
{
    [Fact]
    public async Task Admin_sees_the_demo_users_in_the_users_page()
    {
        await using var session = await BrowserSession.OpenAsync(app, chromium);
        await session.SignInAsync(DemoUsers.Admin);
        await session.WaitForCircuitAsync(); // a click during the circuit's start-up can be lost

        await session.ByTestId("nav-admin-users").ClickAsync();

        var table = session.ByTestId("users-table");
        await Expect(table).ToContainTextAsync(DemoUsers.Operator);
        await Expect(table).ToContainTextAsync(DemoUsers.WorkingGroup);
        await session.ScreenshotAsync("admin-users");
    }

    [Fact]
    public async Task Admin_reads_the_audit_log_and_verifies_its_chain()
    {
        await using var session = await BrowserSession.OpenAsync(app, chromium);
        await session.SignInAsync(DemoUsers.Admin);

        await session.Page.GotoAsync("/audit");

        await Expect(session.Page.Locator("h1")).ToHaveTextAsync("Audit log");
        // Rows arrive over the circuit (server-side paging); the demo seeding already wrote hundreds. Other tests add rows
        // at the top meanwhile, so any data row will do (the empty table has one row of a single cell).
        var rows = session.ByTestId("audit-table").Locator("tbody tr").Filter(new() { Has = session.Page.Locator("td:nth-child(3)") });
        await Expect(rows.First).ToBeVisibleAsync();
        await session.ByTestId("audit-verify").ClickAsync();
        await Expect(session.ByTestId("audit-report")).ToContainTextAsync("The chain is intact");
        await session.ScreenshotAsync("audit");
    }
}
