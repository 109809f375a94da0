using static Microsoft.Playwright.Assertions;

namespace GosZakup.Console.BrowserTests;

/// <summary>The works plan (R2 §23-§24): the demo plan of this year, approved, with its three windows around now.</summary>
public sealed class PlannedWorksTests(ConsoleApp app, Chromium chromium)
{
    [Fact]
    public async Task A_supervisor_sees_the_demo_windows_and_the_deadlines_a_window_moves()
    {
        await using var session = await BrowserSession.OpenAsync(app, chromium);
        await session.SignInAsync(DemoUsers.Supervisor);
        await session.Page.GotoAsync("/planned-works");
        await session.WaitForCircuitAsync(); // a click during the circuit's start-up can be lost

        await Expect(session.ByTestId("works-plan-state")).ToContainTextAsync("Утверждён"); // supervisor@demo.kz reads Russian
        var rows = session.ByTestId("works-windows-table").Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(3);
        await Expect(rows.Nth(0)).ToContainTextAsync("работы завершены, фактическое окончание");
        await Expect(rows.Nth(1)).ToContainTextAsync("Аукцион");
        await Expect(rows.Nth(2)).ToContainTextAsync("вся Система");
        await Expect(session.ByTestId("works-window-code")).ToHaveTextAsync([new System.Text.RegularExpressions.Regex(@"^\d{4}-01$"),
            new System.Text.RegularExpressions.Regex(@"^\d{4}-02$"), new System.Text.RegularExpressions.Regex(@"^\d{4}-03$")]);

        await session.ByTestId("works-window-moves").First.ClickAsync();

        // The demo procurements have fixed dates, so whether the window that is over still catches one depends on the day.
        await Expect(session.Page.Locator("[data-testid=works-orders], [data-testid=works-orders-empty]")).ToBeVisibleAsync();
        await Expect(session.ByTestId("works-actual-end")).ToBeVisibleAsync();
        await session.ScreenshotAsync("planned-works");
    }
}
