using GosZakup.Console.Domain.Calendar;
using static Microsoft.Playwright.Assertions;

namespace GosZakup.Console.BrowserTests;

/// <summary>The reports on the demo data (R2 §26-§28): the index per role, the daily analysis and the penalties.</summary>
public sealed class ReportsTests(ConsoleApp app, Chromium chromium)
{
    [Fact]
    public async Task The_Working_Group_opens_the_penalties_from_the_reports_page_and_reads_incidents_as_text()
    {
        await using var session = await BrowserSession.OpenAsync(app, chromium);
        await session.SignInAsync(DemoUsers.WorkingGroup);
        await session.Page.GotoAsync("/reports");
        await session.WaitForCircuitAsync(); // a click on the prerendered page before the circuit is up can be lost under load
        await Expect(session.Page.Locator("[data-testid^=report-]")).ToHaveCountAsync(3);
        await session.ScreenshotAsync("reports");

        await session.ByTestId("report-Penalties").GetByRole(Microsoft.Playwright.AriaRole.Link).ClickAsync();
        await session.Page.WaitForURLAsync("**/reports/penalties");
        // The demo's high failure is operator-related and still being fixed: it accrues a penalty.
        var amount = session.ByTestId("penalty-amount").First;
        await Expect(amount).ToContainTextAsync("₸");
        await Expect(session.ByTestId("penalties-table").Locator("a[href^='/incidents/']")).ToHaveCountAsync(0);
        await session.ScreenshotAsync("penalties");
    }

    [Fact]
    public async Task A_manager_reads_the_analysis_of_the_demo_day_and_downloads_its_PDF()
    {
        await using var session = await BrowserSession.OpenAsync(app, chromium);
        await session.SignInAsync(DemoUsers.Manager);
        var today = AstanaTime.FromUtc(app.SeededAtUtc).Date.ToString("yyyy-MM-dd", null);
        await session.Page.GotoAsync($"/reports/daily/{today}");

        await Expect(session.ByTestId("daily-incident").First).ToBeVisibleAsync();
        await Expect(session.ByTestId("daily-incident").First.Locator("a"))
            .ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/incidents/"));
        var response = await session.Page.Context.APIRequest.GetAsync($"/reports/daily/{today}.pdf");
        Assert.Equal((200, "application/pdf"), (response.Status, response.Headers["content-type"]));
        await session.ScreenshotAsync("daily-analysis");
    }
}
