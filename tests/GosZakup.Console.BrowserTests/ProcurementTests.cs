using static Microsoft.Playwright.Assertions;

namespace GosZakup.Console.BrowserTests;

/// <summary>The procurement registry in the browser: an Operator finds a demo procurement by its number and
/// opens it to see its deadlines and lots.</summary>
public sealed class ProcurementTests(ConsoleApp app, Chromium chromium)
{
    [Fact]
    public async Task An_operator_finds_a_procurement_by_number_and_sees_its_deadlines_and_lots()
    {
        await using var session = await BrowserSession.OpenAsync(app, chromium);
        await session.SignInAsync(DemoUsers.Operator);
        await session.Page.GotoAsync("/procurements");
        await session.WaitForCircuitAsync();

        await session.Field("procurements-search").FillAsync("15423871");
        await session.ByTestId("procurements-apply").ClickAsync();
        // Only the procurement searched for remains.
        var rows = session.ByTestId("procurements-table").Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(1);
        var row = rows.Filter(new() { HasText = "15423871-1" });
        await Expect(row).ToHaveCountAsync(1);
        await session.ScreenshotAsync("procurements");
        await row.ClickAsync();

        await Expect(session.ByTestId("procurement-number")).ToHaveTextAsync("15423871-1");
        await Expect(session.ByTestId("procurement-deadlines")).ToContainTextAsync("UTC+5");
        await Expect(session.ByTestId("procurement-lots").Locator("tbody tr").First).ToBeVisibleAsync();
    }
}
