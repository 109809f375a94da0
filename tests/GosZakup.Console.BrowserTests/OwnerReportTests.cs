using GosZakup.Console.Domain.Incidents;
using static Microsoft.Playwright.Assertions;

namespace GosZakup.Console.BrowserTests;

/// <summary>R2 §15.9 in the browser: on a medium failure that is fixed with its report still owed (the test's own, so that no
/// other test sends the report first), a Supervisor is told what is missing, previews the letter, records it as sent and
/// downloads it.</summary>
public sealed class OwnerReportTests(ConsoleApp app, Chromium chromium)
{
    [Fact]
    public async Task A_Supervisor_writes_the_prevention_advice_and_records_the_report_as_sent()
    {
        var number = await TestIncidents.FixedAsync(app, "Не загружаются файлы технической спецификации в заявку.", procurement: null,
            "Электронный магазин", FailureCauseCatalogue.ExternalAttack);
        await using var session = await BrowserSession.OpenAsync(app, chromium);
        await session.SignInAsync(DemoUsers.Supervisor);
        await session.Page.GotoAsync("/incidents");
        await session.WaitForCircuitAsync();
        await session.Page.Locator("[data-testid=incidents-link][data-status=Fixed]").Filter(new() { HasText = number }).ClickAsync();
        var panel = session.ByTestId("owner-report");
        await Expect(panel).ToHaveAttributeAsync("data-sent", "false");
        await session.WaitForCircuitAsync();

        await session.ByTestId("owner-report-send").ClickAsync();
        await Expect(panel.GetByText("Укажите рекомендации по предотвращению.").First).ToBeVisibleAsync();

        await session.Field("owner-report-kk").FillAsync("Провайдермен трафикті сүзгілеу туралы келісім жасау.");
        await session.Field("owner-report-ru").FillAsync("Заключить с провайдером договор о фильтрации трафика.");
        await session.Field("owner-report-ru").PressAsync("Tab");
        await session.ByTestId("owner-report-preview").ClickAsync();
        var preview = await session.Page.APIRequest.GetAsync((await session.ByTestId("owner-report-preview-link").GetAttributeAsync("href"))!);
        Assert.Equal((200, "application/pdf"), (preview.Status, preview.Headers["content-type"]));
        await session.ScreenshotAsync("owner-report");

        await session.ByTestId("owner-report-send").ClickAsync();
        await Expect(panel).ToHaveAttributeAsync("data-sent", "true");
        await Expect(session.ByTestId("owner-report-sent")).ToContainTextAsync(DemoUsers.Supervisor);
        await Expect(session.ByTestId("owner-report-prevention-ru")).ToContainTextAsync("Заключить с провайдером договор о фильтрации трафика.");
        await Expect(session.ByTestId("incident-duties").Locator("tr[data-code=owner-report]:not([data-open])")).ToBeVisibleAsync();
        var letter = await session.Page.APIRequest.GetAsync((await session.ByTestId("owner-report-download").GetAttributeAsync("href"))!);
        Assert.Equal((200, "application/pdf"), (letter.Status, letter.Headers["content-type"]));
    }
}
