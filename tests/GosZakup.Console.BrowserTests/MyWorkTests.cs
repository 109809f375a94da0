using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace GosZakup.Console.BrowserTests;

/// <summary>An operator's desk: the open duties across appeals and incidents, and the bell in the app bar.</summary>
public sealed class MyWorkTests(ConsoleApp app, Chromium chromium)
{
    [Fact]
    public async Task An_operator_sees_their_duties_count_down_without_reloading()
    {
        await using var session = await BrowserSession.OpenAsync(app, chromium);
        await session.SignInAsync(DemoUsers.Operator);

        await session.Page.GotoAsync("/my-work");
        await session.WaitForCircuitAsync();

        await Expect(session.ByTestId("mywork-table")).ToBeVisibleAsync();
        var left = session.ByTestId("countdown-left").First;
        var before = await left.TextContentAsync();
        await Expect(left).Not.ToHaveTextAsync(before ?? "");
        await session.ScreenshotAsync("my-work");
    }

    [Fact]
    public async Task A_supervisor_reads_the_demo_notifications_in_the_bell_and_marks_them_read()
    {
        await using var session = await BrowserSession.OpenAsync(app, chromium);
        await session.SignInAsync(DemoUsers.Supervisor);
        await session.WaitForCircuitAsync();
        var badge = session.ByTestId("notification-badge").Locator(".mud-badge");
        await Expect(badge).ToHaveTextAsync(new Regex(@"^\d+$"));

        await session.ByTestId("notification-bell").Locator("button").First.ClickAsync();
        await Expect(session.ByTestId("notification-item").First).ToBeVisibleAsync();
        await session.ScreenshotAsync("notifications");
        await session.ByTestId("notification-read-all").ClickAsync();

        await Expect(badge).ToHaveCountAsync(0);
    }
}
