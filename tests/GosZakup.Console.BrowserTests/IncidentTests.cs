using static Microsoft.Playwright.Assertions;

namespace GosZakup.Console.BrowserTests;

/// <summary>R2 §9-§15, §25 in the browser: a Specialist confirms a failure as medium through the severity wizard, sees what
/// the level will start, alerts the Owner's information-security unit and the Working Group first, and saves.</summary>
public sealed class IncidentTests(ConsoleApp app, Chromium chromium)
{
    [Fact]
    public async Task A_Specialist_alerts_before_confirming_a_medium_failure_after_seeing_what_it_will_trigger()
    {
        var number = await TestIncidents.UnderAnalysisAsync(app, "При подписании протокола ЭЦП выдаётся ошибка NCALayer.");
        await using var session = await BrowserSession.OpenAsync(app, chromium);
        await session.SignInAsync(DemoUsers.Specialist);
        await session.Page.GotoAsync("/incidents");
        await session.WaitForCircuitAsync();

        await session.Page.Locator("[data-testid=incidents-link]").Filter(new() { HasText = number }).ClickAsync();
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
        await Expect(session.ByTestId("wizard-preview").Locator("li[data-code=wg-alert]").GetByTestId("immediate-grace"))
            .ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"5\s*(мин|min)"));
        await Expect(session.ByTestId("wizard-preview").Locator("li[data-code=announce]")).ToBeVisibleAsync();
        await session.ScreenshotAsync("incident-severity-wizard");

        // R2 §25: the alert is the step before "confirm", to the Owner's unit and the Working Group of the demo directory.
        await Expect(session.ByTestId("decision-save")).ToBeDisabledAsync();
        await Expect(session.ByTestId("confirmation-alert-recipients-OwnerUnit")).ToContainTextAsync("m.li@minfin.demo.kz");
        await Expect(session.ByTestId("confirmation-alert-recipients-WorkingGroup")).ToContainTextAsync("wg@demo.kz");
        await TestIncidents.AlertBeforeConfirmingAsync(session);
        await Expect(session.ByTestId("incident-alert-sent")).ToBeVisibleAsync();
        await session.ScreenshotAsync("incident-confirmation-alert");
        await session.ByTestId("decision-save").ClickAsync();

        await Expect(session.ByTestId("incident-status")).ToHaveAttributeAsync("data-status", "Confirmed");
        await Expect(session.ByTestId("incident-level")).ToHaveAttributeAsync("data-level", "Medium");
        await Expect(session.Page.GetByText("Электронная цифровая подпись").First).ToBeVisibleAsync();
        await Expect(session.ByTestId("incident-duties").Locator("tr[data-code=announce][data-open]")).ToBeVisibleAsync();
        await Expect(session.ByTestId("incident-duties").Locator("tr[data-code=confirmation-alert]")).ToContainTextAsync("m.li@minfin.demo.kz");
        await Expect(session.ByTestId("incident-security-participants")).ToContainTextAsync("Нұрланова");
        await session.ScreenshotAsync("incident");
    }
}
