using static Microsoft.Playwright.Assertions;

namespace GosZakup.Console.BrowserTests;

/// <summary>Issue 16 §7 on the smallest desk screen the console supports, 1366×768: nothing wider than the window, incident
/// numbers on one line, no label cut off.</summary>
public sealed class LayoutTests(ConsoleApp app, Chromium chromium)
{
    [Fact]
    public async Task The_journal_fits_a_1366_pixel_screen_without_scrolling_the_page_sideways()
    {
        await using var session = await OpenAsync(DemoUsers.Operator, "/journal");
        await Expect(session.ByTestId("journal-number").First).ToBeVisibleAsync();
        await session.ScreenshotAsync("layout-journal-1366");

        var widths = await session.ByTestId("journal-table").EvaluateAsync<int[]>(
            "t => [document.documentElement.scrollWidth, window.innerWidth, " +
            "t.querySelector('table').scrollWidth, t.querySelector('.mud-table-container').clientWidth]");
        var (page, window, table, container) = (widths[0], widths[1], widths[2], widths[3]);
        Assert.True(page <= window, $"The Journal page is {page} px wide in a {window} px window.");
        Assert.True(table <= container, $"The Journal table is {table} px wide in its {container} px box.");
    }

    [Fact]
    public async Task Incident_numbers_on_the_dashboard_stay_on_one_line()
    {
        await using var session = await OpenAsync(DemoUsers.Manager, "/dashboard");
        var numbers = session.Page.Locator("[data-testid=open-subject]").Filter(new() { HasTextRegex = new("^INC-") });
        await Expect(numbers.First).ToBeVisibleAsync();
        await session.ScreenshotAsync("layout-dashboard-1366");

        var wrapped = await numbers.EvaluateAllAsync<string[]>(
            "all => all.filter(e => e.getBoundingClientRect().height > 1.5 * parseFloat(getComputedStyle(e).lineHeight)).map(e => e.textContent)");
        Assert.Empty(wrapped);
    }

    [Fact]
    public async Task No_label_is_cut_off_on_the_incident_page()
    {
        await using var session = await OpenAsync(DemoUsers.Specialist, "/incidents/" + await DemoRecords.IncidentOfSignedActAsync(app));
        await Expect(session.ByTestId("incident-status")).ToBeVisibleAsync();
        await session.ScreenshotAsync("layout-incident-1366");

        var clipped = await session.Page.Locator("main").EvaluateAsync<string[]>(ClippedLabels);
        Assert.True(clipped.Length == 0, string.Join(Environment.NewLine, clipped));
    }

    /// <summary>Labels, headers, buttons and chips whose text is wider than their box (cut off or hidden behind an ellipsis).</summary>
    private const string ClippedLabels = """
        main => [...main.querySelectorAll('label, .mud-input-label, th, .mud-button-label, .mud-chip-content, .mud-tab, .mud-typography')]
            .filter(e => e.offsetParent !== null && e.scrollWidth > e.clientWidth + 1)
            .map(e => `${e.className}: "${e.textContent.trim()}" ${e.scrollWidth}>${e.clientWidth}`)
        """;

    private async Task<BrowserSession> OpenAsync(string user, string path)
    {
        var session = await BrowserSession.OpenAsync(app, chromium);
        await session.Page.SetViewportSizeAsync(1366, 768);
        await session.SignInAsync(user);
        await session.Page.GotoAsync(path);
        await session.WaitForCircuitAsync();
        return session;
    }
}
