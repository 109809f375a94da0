using static Microsoft.Playwright.Assertions;

namespace GosZakup.Console.BrowserTests;

/// <summary>Each demo role signs in and the side navigation offers exactly the pages its role may open.</summary>
public sealed class NavigationByRoleTests(ConsoleApp app, Chromium chromium)
{
    /// <summary>Every link the navigation can show ("nav-" is Home, href "/").</summary>
    private static readonly string[] AllLinks =
    [
        "nav-", "nav-my-work", "nav-approvals", "nav-inbox", "nav-journal", "nav-incidents", "nav-procurements", "nav-planned-works", "nav-acts", "nav-verify",
        "nav-announcements", "nav-calendar", "nav-dashboard", "nav-reports", "nav-audit", "nav-admin-users", "nav-admin-api-keys", "nav-working-group",
        "nav-admin-mail-templates", "nav-admin-backups", "nav-hangfire",
    ];

    /// <summary>Role → the links it sees, written out by hand from the policy table (Security/Policies.cs).</summary>
    private static readonly Dictionary<string, string[]> Visible = new()
    {
        ["Operator"] = ["nav-", "nav-my-work", "nav-inbox", "nav-journal", "nav-incidents", "nav-procurements", "nav-planned-works", "nav-acts", "nav-verify",
            "nav-announcements", "nav-calendar"],
        ["Specialist"] =
            ["nav-", "nav-my-work", "nav-journal", "nav-incidents", "nav-procurements", "nav-planned-works", "nav-verify", "nav-announcements", "nav-calendar"],
        ["Supervisor"] = ["nav-", "nav-my-work", "nav-approvals", "nav-journal", "nav-incidents", "nav-procurements", "nav-planned-works", "nav-acts",
            "nav-verify", "nav-announcements", "nav-calendar", "nav-dashboard", "nav-reports", "nav-working-group"],
        ["Manager"] = ["nav-", "nav-journal", "nav-incidents", "nav-procurements", "nav-planned-works", "nav-acts", "nav-verify", "nav-announcements",
            "nav-calendar", "nav-dashboard", "nav-reports", "nav-audit"],
        ["WorkingGroup"] = ["nav-", "nav-acts", "nav-verify", "nav-announcements", "nav-calendar", "nav-reports"],
        ["Admin"] = ["nav-", "nav-verify", "nav-announcements", "nav-calendar", "nav-audit", "nav-admin-users", "nav-admin-api-keys", "nav-working-group",
            "nav-admin-mail-templates", "nav-admin-backups", "nav-hangfire"],
    };

    [Theory]
    [InlineData("Operator", DemoUsers.Operator)]
    [InlineData("Specialist", DemoUsers.Specialist)]
    [InlineData("Supervisor", DemoUsers.Supervisor)]
    [InlineData("Manager", DemoUsers.Manager)]
    [InlineData("WorkingGroup", DemoUsers.WorkingGroup)]
    [InlineData("Admin", DemoUsers.Admin)]
    public async Task Each_role_signs_in_and_sees_only_its_navigation(string role, string email)
    {
        await using var session = await BrowserSession.OpenAsync(app, chromium);
        await session.SignInAsync(email);

        var menu = session.ByTestId("nav-menu");
        foreach (var link in Visible[role])
            await Expect(menu.GetByTestId(link)).ToBeVisibleAsync();
        foreach (var link in AllLinks.Except(Visible[role]))
            await Expect(menu.GetByTestId(link)).ToHaveCountAsync(0);

        var shown = await menu.Locator("[data-testid^='nav-']").EvaluateAllAsync<string[]>("links => links.map(l => l.dataset.testid)");
        Assert.Equal(Visible[role].Order(StringComparer.Ordinal), shown.Order(StringComparer.Ordinal));

        if (role == "Operator")
        {
            // The Operator lands on the Inbox; their home page (with its count) is one click away.
            await session.Page.GotoAsync("/");
            await Expect(session.ByTestId("home-count-Operator")).ToBeVisibleAsync();
            await session.ScreenshotAsync("operator-home");
        }
    }
}
