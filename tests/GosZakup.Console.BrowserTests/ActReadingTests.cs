using static Microsoft.Playwright.Assertions;

namespace GosZakup.Console.BrowserTests;

/// <summary>Issue 16 §7: a signed Act is a document to read, not a form with its fields greyed out.</summary>
public sealed class ActReadingTests(ConsoleApp app, Chromium chromium)
{
    [Fact]
    public async Task A_signed_Act_reads_as_text_with_no_input_fields()
    {
        await using var session = await BrowserSession.OpenAsync(app, chromium);
        await session.SignInAsync(DemoUsers.Supervisor);
        await session.Page.GotoAsync("/acts/" + DemoRecords.SignedAct);
        await session.WaitForCircuitAsync();
        await Expect(session.ByTestId("act-state")).ToHaveAttributeAsync("data-state", "Signed");

        var form = session.ByTestId("act-read");
        await Expect(form.Locator("dt").First).ToBeVisibleAsync();
        await Expect(form.Locator("input, textarea")).ToHaveCountAsync(0);
        await Expect(session.ByTestId("act-read-from")).ToContainTextAsync("(UTC+5)");
        await Expect(session.ByTestId("act-read-module")).ToHaveTextAsync("Конкурс");
        await Expect(form.GetByTestId("act-read-amount").First).ToHaveTextAsync("1\u00A0480\u00A0000,00\u00A0₸");
        await session.ScreenshotAsync("act-signed-read");
    }
}
