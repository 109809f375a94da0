using static Microsoft.Playwright.Assertions;

namespace GosZakup.Console.BrowserTests;

/// <summary>The managers' SLA dashboard (issue 8 §1) on the demo data.</summary>
public sealed class DashboardTests(ConsoleApp app, Chromium chromium)
{
    [Fact]
    public async Task A_manager_sees_the_figures_and_a_countdown_move_without_reloading()
    {
        await using var session = await BrowserSession.OpenAsync(app, chromium);
        await session.SignInAsync(DemoUsers.Manager);

        await session.Page.GotoAsync("/dashboard");
        await session.WaitForCircuitAsync();

        await Expect(session.ByTestId("dashboard-open")).ToBeVisibleAsync();
        await Expect(session.ByTestId("incidents-by-status")).ToBeVisibleAsync();
        var countdown = session.ByTestId("countdown").First;
        var before = await countdown.TextContentAsync();
        await Expect(countdown).Not.ToHaveTextAsync(before ?? "");
        await session.ScreenshotAsync("dashboard");
    }
}
