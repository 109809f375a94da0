using static Microsoft.Playwright.Assertions;

namespace GosZakup.Console.BrowserTests;

/// <summary>R2 §30-§31 in the browser: the demo complaint of the Working Group's head awaits its answer with its timer
/// running; the Supervisor answers it and downloads the answer letter. R2 §28: the Manager's penalties report and export.</summary>
public sealed class ComplaintTests(ConsoleApp app, Chromium chromium)
{
    [Fact]
    public async Task A_Supervisor_answers_the_demo_complaint_and_downloads_the_letter()
    {
        await using var supervisor = await BrowserSession.OpenAsync(app, chromium);
        await supervisor.SignInAsync(DemoUsers.Supervisor);
        await supervisor.Page.GotoAsync("/working-group/complaints");
        await supervisor.WaitForCircuitAsync();
        await Expect(supervisor.ByTestId("complaints-table").GetByTestId("countdown").First).ToBeVisibleAsync();
        await supervisor.ScreenshotAsync("wg-complaints");

        await supervisor.ByTestId("complaint-link").First.ClickAsync();
        await Expect(supervisor.ByTestId("complaint-answer-form")).ToBeVisibleAsync();
        await supervisor.WaitForCircuitAsync();
        await supervisor.ByTestId("complaint-Priority").ClickAsync();
        await supervisor.Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "Высокий" }).ClickAsync();
        await supervisor.ByTestId("complaint-answer-form").Locator("input[type=radio]").Nth(1).CheckAsync();
        await supervisor.Field("complaint-Causes").FillAsync("Жалоба не подтвердилась: в журнале системы ошибок нет.");
        await supervisor.ByTestId("complaint-answer-save").ClickAsync();

        await Expect(supervisor.ByTestId("complaint-answer")).ToBeVisibleAsync();
        var pdf = await supervisor.Page.APIRequest.GetAsync(await supervisor.ByTestId("complaint-answer-pdf").GetAttributeAsync("href") ?? "");
        Assert.Equal(200, pdf.Status);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.BodyAsync())[..4]));
    }

    [Fact]
    public async Task A_Manager_reads_the_quarters_penalties_and_exports_them()
    {
        await using var manager = await BrowserSession.OpenAsync(app, chromium);
        await manager.SignInAsync(DemoUsers.Manager);
        await manager.Page.GotoAsync("/reports/penalties");
        await manager.WaitForCircuitAsync();
        await Expect(manager.ByTestId("penalties-total")).ToContainTextAsync("₸");

        var xlsx = await manager.Page.APIRequest.GetAsync(await manager.ByTestId("penalties-export").GetAttributeAsync("href") ?? "");
        Assert.Equal(200, xlsx.Status);
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString((await xlsx.BodyAsync())[..2]));
    }
}
