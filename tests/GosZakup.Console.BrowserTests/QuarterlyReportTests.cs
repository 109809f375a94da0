using System.Text;
using static Microsoft.Playwright.Assertions;

namespace GosZakup.Console.BrowserTests;

/// <summary>The quarterly report to the Working Group (R2 §27) and the Working Group's read-only role (issue 8 §6).</summary>
public sealed class QuarterlyReportTests(ConsoleApp app, Chromium chromium)
{
    [Fact]
    public async Task The_Working_Group_downloads_the_signed_quarterly_PDF_and_cannot_open_the_Journal_pages()
    {
        await using var session = await BrowserSession.OpenAsync(app, chromium);
        await session.SignInAsync(DemoUsers.WorkingGroup);
        await session.Page.GotoAsync("/reports");
        await session.WaitForCircuitAsync(); // a click on the prerendered page before the circuit is up can be lost under load
        await session.ByTestId("report-Quarterly").GetByRole(Microsoft.Playwright.AriaRole.Link).ClickAsync();
        await Expect(session.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/reports/quarterly$"));

        await Expect(session.ByTestId("quarterly-build")).ToHaveCountAsync(0); // reading only
        var link = session.ByTestId("quarterly-pdf").First;
        await Expect(link).ToBeVisibleAsync();
        var response = await session.Page.Context.APIRequest.GetAsync(await link.GetAttributeAsync("href") ?? "");
        Assert.Equal(200, response.Status);
        Assert.Equal("application/pdf", response.Headers["content-type"]);
        Assert.Contains("-signed.pdf", response.Headers["content-disposition"]);
        var pdf = Encoding.Latin1.GetString(await response.BodyAsync());
        Assert.StartsWith("%PDF-", pdf);
        Assert.Contains("/ByteRange", pdf); // the digital signature of the operator's head

        foreach (var page in new[] { "/journal", "/inbox", "/incidents", "/my-work" })
        {
            await session.Page.GotoAsync(page);
            await Expect(session.ByTestId("access-denied")).ToBeVisibleAsync();
        }
        Assert.Equal(403, (await session.Page.Context.APIRequest.GetAsync("/journal/export.xlsx")).Status);
    }

    [Fact]
    public async Task A_manager_builds_a_quarter_and_watches_the_job_finish()
    {
        await using var session = await BrowserSession.OpenAsync(app, chromium);
        await session.SignInAsync(DemoUsers.Manager);
        await session.Page.GotoAsync("/reports/quarterly");
        await session.WaitForCircuitAsync();
        var rowsBefore = await session.ByTestId("quarterly-state").CountAsync();

        await session.ByTestId("quarterly-build").ClickAsync(); // the quarter before this one
        var states = session.ByTestId("quarterly-state");
        await Expect(states).ToHaveCountAsync(rowsBefore + 1);
        // The newest build comes first; the Hangfire job takes it from queued to ready without a reload.
        await Expect(states.First).ToContainTextAsync("Готов к подписи", new() { Timeout = 30_000 });
        // The toast follows the report: no "being built" beside a finished one (issue 16 §7), and it says so.
        await Expect(session.Page.Locator(".mud-snackbar", new() { HasText = "готов" })).ToBeVisibleAsync();
        await Expect(session.Page.Locator(".mud-snackbar", new() { HasText = "формируется" })).ToHaveCountAsync(0);
        await Expect(session.ByTestId("quarterly-xlsx").First).ToBeVisibleAsync();
        await session.ByTestId("quarterly-sign-open").First.ClickAsync();
        await Expect(session.ByTestId("quarterly-sign")).ToBeVisibleAsync();
        await session.ScreenshotAsync("quarterly-report");
    }
}
