using static Microsoft.Playwright.Assertions;

namespace GosZakup.Console.BrowserTests;

/// <summary>R2 §16 in the browser: a Specialist confirms a high failure of the "Из одного источника" module, sees the
/// deadlines it will move and then the proposed extensions; a Supervisor approves them; the job applies and publishes
/// them, and they show on the procurement's page and in the public announcement.</summary>
public sealed class ExtensionTests(ConsoleApp app, Chromium chromium)
{
    private const string Module = "Из одного источника";
    private const string Procurement = "15433415-1"; // a demo procurement of the module, accepting applications today

    [Fact]
    public async Task A_high_failure_s_extensions_are_proposed_approved_and_seen_on_the_procurement_and_the_announcement()
    {
        var number = await TestIncidents.UnderAnalysisAsync(app, "Не открывается закупка из одного источника.", DemoRecords.Claim(Procurement));

        await using (var specialist = await BrowserSession.OpenAsync(app, chromium))
        {
            await specialist.SignInAsync(DemoUsers.Specialist);
            await specialist.Page.GotoAsync($"/incidents/{number}");
            await specialist.WaitForCircuitAsync();
            await specialist.ByTestId("incident-Confirm").ClickAsync();
            await specialist.Field("decision-result").FillAsync("Модуль «Из одного источника» не открывается ни у одного пользователя.");
            await specialist.ByTestId("wizard-q1").Locator("input[type=radio]").Nth(0).CheckAsync();
            await specialist.Field("decision-module").FillAsync(Module);
            await specialist.Field("decision-module").PressAsync("Tab");
            await Expect(specialist.ByTestId("wizard-extension-list")).ToContainTextAsync(Procurement);
            await TestIncidents.AlertBeforeConfirmingAsync(specialist);
            await specialist.ByTestId("decision-save").ClickAsync();

            await Expect(specialist.ByTestId("incident-level")).ToHaveAttributeAsync("data-level", "High");
            var row = specialist.ByTestId("extension-row").Filter(new() { HasText = Procurement });
            await Expect(row.Locator("[data-clause]")).ToHaveAttributeAsync("data-clause", "R2 §16.4", new() { Timeout = 20_000 });
            await Expect(specialist.ByTestId("extensions-awaiting")).ToBeVisibleAsync();
            await Expect(specialist.ByTestId("extensions-approve")).ToHaveCountAsync(0); // a Specialist does not approve
        }

        await using var supervisor = await BrowserSession.OpenAsync(app, chromium);
        await supervisor.SignInAsync(DemoUsers.Supervisor);
        await supervisor.Page.GotoAsync($"/incidents/{number}");
        await supervisor.WaitForCircuitAsync();
        await supervisor.ByTestId("extensions-panel").ScrollIntoViewIfNeededAsync();
        await supervisor.ScreenshotAsync("incident-extensions");
        await supervisor.ByTestId("extensions-approve").ClickAsync();
        await Expect(supervisor.ByTestId("extension-row").Filter(new() { HasText = Procurement })).ToContainTextAsync(Published(), new() { Timeout = 20_000 });

        await supervisor.Page.GotoAsync($"/procurements/{Procurement}");
        await supervisor.WaitForCircuitAsync();
        var extension = supervisor.ByTestId("procurement-extension-row");
        await Expect(extension.First).ToContainTextAsync(number);
        await Expect(extension.First.Locator("[data-clause]")).ToHaveAttributeAsync("data-clause", "R2 §16.4");
        await supervisor.ByTestId("procurement-extensions").ScrollIntoViewIfNeededAsync();
        await supervisor.ScreenshotAsync("procurement-extensions");

        await supervisor.Page.GotoAsync("/announcements");
        await Expect(supervisor.Page.GetByText($"Продление сроков закупок: {number}").First).ToBeVisibleAsync();
        await Expect(supervisor.Page.GetByText(Procurement).First).ToBeVisibleAsync();
    }

    /// <summary>"Published" as the supervisor's UI language shows it.</summary>
    private static System.Text.RegularExpressions.Regex Published() => new("Published|Опубликовано|Жарияланды");
}
