using static Microsoft.Playwright.Assertions;

namespace GosZakup.Console.BrowserTests;

/// <summary>R2 §9-§15 in the browser: a Specialist confirms a failure as medium through the severity wizard,
/// sees what the level will start, and saves.</summary>
public sealed class IncidentTests(ConsoleApp app, Chromium chromium)
{
    [Fact]
    public async Task A_Specialist_confirms_a_medium_failure_after_seeing_what_it_will_trigger()
    {
        await using var session = await BrowserSession.OpenAsync(app, chromium);
        await session.SignInAsync(DemoUsers.Specialist);
        await session.Page.GotoAsync("/incidents");
        await session.WaitForCircuitAsync();

        // The demo incident waiting for its analysis decision.
        await session.Page.Locator("[data-testid=incidents-link][data-status=UnderAnalysis]").First.ClickAsync();
        await Expect(session.ByTestId("incident-status")).ToHaveAttributeAsync("data-status", "UnderAnalysis");
        await session.WaitForCircuitAsync();
        await session.ByTestId("incident-Confirm").ClickAsync();
        await session.Field("decision-result").FillAsync("Ошибка NCALayer воспроизведена на тестовом стенде.");
        await session.ByTestId("wizard-q1").Locator("input[type=radio]").Nth(1).CheckAsync();
        await session.ByTestId("wizard-q2").Locator("input[type=radio]").Nth(0).CheckAsync();
        // The module picker offers the modules of the demo procurements (R2 §16.2) and still takes a module typed in full.
        await session.Field("decision-module").FillAsync("Конк");
        await Expect(session.Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "Конкурс" })).ToBeVisibleAsync();
        await session.Field("decision-module").FillAsync("Электронная цифровая подпись");
        await session.Field("decision-module").PressAsync("Tab");

        await Expect(session.ByTestId("wizard-preview").Locator("li[data-code=supplier-notice]")).ToBeVisibleAsync();
        await Expect(session.ByTestId("wizard-preview").Locator("li[data-code=wg-alert]")).ToBeVisibleAsync();
        await Expect(session.ByTestId("wizard-preview").Locator("li[data-code=announce]")).ToBeVisibleAsync();
        await session.ScreenshotAsync("incident-severity-wizard");
        await session.ByTestId("decision-save").ClickAsync();

        await Expect(session.ByTestId("incident-status")).ToHaveAttributeAsync("data-status", "Confirmed");
        await Expect(session.ByTestId("incident-level")).ToHaveAttributeAsync("data-level", "Medium");
        await Expect(session.Page.GetByText("Электронная цифровая подпись").First).ToBeVisibleAsync();
        await Expect(session.ByTestId("incident-duties").Locator("tr[data-code=announce][data-open]")).ToBeVisibleAsync();
        await session.ScreenshotAsync("incident");
    }
}
