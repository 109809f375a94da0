using Microsoft.Playwright;
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
    public async Task A_Kazakh_full_name_typed_on_the_users_page_names_the_employee_in_the_Journal()
    {
        // The demo Operator's name gains a patronymic: other tests that look for the name they had still find it.
        const string kazakh = "Нұрланқызы Айгерім Серікқызы";
        await using (var admin = await BrowserSession.OpenAsync(app, chromium))
        {
            await admin.SignInAsync(DemoUsers.Admin);
            await admin.Page.GotoAsync("/admin/users");
            await admin.WaitForCircuitAsync();
            var row = admin.ByTestId("users-table").Locator("tr", new() { HasText = DemoUsers.Operator });
            await row.GetByRole(AriaRole.Button, new() { Name = "Edit" }).ClickAsync();

            var field = admin.Field("user-fullname-kk");
            await Expect(field).Not.ToHaveValueAsync(""); // a person reads the old name before replacing it
            await field.ClickAsync();
            await field.PressAsync("Control+A"); // select the old name and type over it, as a person does
            await field.PressSequentiallyAsync(kazakh); // key by key, Kazakh letters included
            await Expect(field).ToHaveValueAsync(kazakh);
            await field.PressAsync("Tab");
            await admin.ByTestId("user-save").ClickAsync();

            await Expect(admin.ByTestId("user-dialog")).ToHaveCountAsync(0);
            await Expect(row.GetByTestId("user-names")).ToContainTextAsync(kazakh);
        }

        await using var desk = await BrowserSession.OpenAsync(app, chromium);
        await desk.SignInAsync(DemoUsers.Operator); // Kazakh is this user's language
        await desk.Page.GotoAsync("/journal");
        await Expect(desk.ByTestId("journal-table").GetByTestId("journal-employee-name").First).ToHaveTextAsync(kazakh);
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
