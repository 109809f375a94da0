using GosZakup.Console.Domain.Incidents;
using static Microsoft.Playwright.Assertions;

namespace GosZakup.Console.BrowserTests;

/// <summary>R2 §17 in the browser, up to the Supervisor: an Operator drafts the Act from a failure being fixed (classified, its
/// suppliers could not bid), finds it prefilled, submits it; a Supervisor returns it with a comment the Operator then sees.
/// The failure is the test's own: the demo's are opened and changed by other tests side by side.</summary>
public sealed class ActTests(ConsoleApp app, Chromium chromium)
{
    // A demo procurement with a potential supplier, named by no other test, whose acceptance ended a week before the demo's
    // day: the failure extends nothing, so it puts nothing in the Supervisors' approval queue another test counts.
    private const string Procurement = "15440138-1";

    [Fact]
    public async Task An_Operator_drafts_and_submits_an_Act_and_a_Supervisor_returns_it_with_a_comment()
    {
        var number = await TestIncidents.FixingAsync(app, "Поставщики не смогли подать заявки: страница лота не открывалась.", DemoRecords.Claim(Procurement),
            "Личный кабинет", FailureCauseCatalogue.OperatorInfosec);
        string url;
        await using (var operatorSession = await BrowserSession.OpenAsync(app, chromium))
        {
            await operatorSession.SignInAsync(DemoUsers.Operator);
            await operatorSession.Page.GotoAsync("/incidents");
            await operatorSession.WaitForCircuitAsync();
            await operatorSession.Page.Locator("[data-testid=incidents-link][data-status=Fixing]").Filter(new() { HasText = number }).ClickAsync();
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
