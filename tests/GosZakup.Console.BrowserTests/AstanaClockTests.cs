using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace GosZakup.Console.BrowserTests;

/// <summary>The app bar's clock shows Astana time (UTC+5) and ticks over the live circuit.</summary>
public sealed class AstanaClockTests(ConsoleApp app, Chromium chromium)
{
    [Fact]
    public async Task Astana_clock_ticks_without_reloading()
    {
        await using var session = await BrowserSession.OpenAsync(app, chromium);
        await session.SignInAsync(DemoUsers.Manager);
        var clock = session.ByTestId("astana-clock");
        var time = session.ByTestId("astana-clock-time");

        await Expect(clock).ToContainTextAsync("Астана");
        await Expect(clock).ToContainTextAsync("UTC+5");
        await Expect(time).ToHaveTextAsync(new Regex(@"^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}:\d{2}$"));
        var first = await time.TextContentAsync();

        // A marker on the window survives only if the page is not reloaded while the clock moves on.
        await session.Page.EvaluateAsync("() => window.__sameDocument = true");
        await Expect(time).Not.ToHaveTextAsync(first!);
        Assert.True(await session.Page.EvaluateAsync<bool>("() => window.__sameDocument === true"));
    }
}
