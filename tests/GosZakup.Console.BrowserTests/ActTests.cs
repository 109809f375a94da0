using static Microsoft.Playwright.Assertions;

namespace GosZakup.Console.BrowserTests;

/// <summary>R2 §17 in the browser, up to the Supervisor: an Operator drafts the Act from the demo high failure (classified,
/// being fixed), finds it prefilled, submits it; a Supervisor returns it with a comment the Operator then sees.</summary>
public sealed class ActTests(ConsoleApp app, Chromium chromium)
{
    [Fact]
    public async Task An_Operator_drafts_and_submits_an_Act_and_a_Supervisor_returns_it_with_a_comment()
    {
        string url;
        await using (var operatorSession = await BrowserSession.OpenAsync(app, chromium))
        {
            await operatorSession.SignInAsync(DemoUsers.Operator);
            await operatorSession.Page.GotoAsync("/incidents");
            await operatorSession.WaitForCircuitAsync();
            await operatorSession.Page.Locator("[data-testid=incidents-link][data-status=Fixing]").First.ClickAsync();
            await operatorSession.WaitForCircuitAsync();
            await operatorSession.ByTestId("act-draft").ClickAsync();

            await Expect(operatorSession.ByTestId("act-state")).ToHaveAttributeAsync("data-state", "Draft");
            await Expect(operatorSession.ByTestId("act-supplier").First).ToBeVisibleAsync(); // the potential suppliers of the named procurement
            url = operatorSession.Page.Url;
            await operatorSession.WaitForCircuitAsync();
            await operatorSession.ScreenshotAsync("act-draft");
            await operatorSession.ByTestId("act-submit").ClickAsync();
            await Expect(operatorSession.ByTestId("act-state")).ToHaveAttributeAsync("data-state", "Submitted");
        }

        await using var supervisor = await BrowserSession.OpenAsync(app, chromium);
        await supervisor.SignInAsync(DemoUsers.Supervisor);
        await supervisor.Page.GotoAsync(url);
        await supervisor.WaitForCircuitAsync();
        await supervisor.Field("act-return-text").FillAsync("Уточните номер лота у поставщика.");
        await supervisor.ByTestId("act-return").ClickAsync();
        await Expect(supervisor.ByTestId("act-state")).ToHaveAttributeAsync("data-state", "Returned");
        await Expect(supervisor.ByTestId("act-return-comment")).ToContainTextAsync("Уточните номер лота");
        await supervisor.Page.GotoAsync("/acts");
        await Expect(supervisor.ByTestId("act-row").First).ToBeVisibleAsync();
    }
}
