using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GosZakup.Console.BrowserTests;

/// <summary>R2 §17 in the browser: a Supervisor signs the demo Act awaiting signature with the demo certificate the console
/// issued at start; the PDF uploaded to the verification page is recognised, and a visitor who is not signed in finds it valid by its address.</summary>
public sealed class ActSigningTests(ConsoleApp app, Chromium chromium)
{
    [Fact]
    public async Task A_Supervisor_signs_the_Act_with_the_demo_certificate_and_the_public_page_shows_it_valid()
    {
        var number = DemoRecords.Claim(DemoRecords.SubmittedAct);
        var certificate = Path.Combine(app.DataFolder, "certificates", "supervisor_demo.kz.p12");
        await using (var supervisor = await BrowserSession.OpenAsync(app, chromium))
        {
            await supervisor.SignInAsync(DemoUsers.Supervisor);
            await supervisor.Page.GotoAsync($"/acts/{number}");
            await supervisor.WaitForCircuitAsync();
            await Expect(supervisor.ByTestId("act-state")).ToHaveAttributeAsync("data-state", "Submitted");

            await FileInput(supervisor, "act-sign-file").SetInputFilesAsync(certificate);
            await Expect(supervisor.ByTestId("act-sign-file-name")).ToHaveTextAsync("supervisor_demo.kz.p12");
            // Issue 16 §7: a supplier of the demo Act has no security amount; signing waits until the Supervisor confirms it.
            await Expect(supervisor.ByTestId("act-sign-missing-supplier").First).ToBeVisibleAsync();
            await supervisor.Field("act-sign-password").FillAsync("Demo-Sign-2026");
            await supervisor.ByTestId("act-sign-button").ClickAsync();
            await Expect(supervisor.Page.Locator(".mud-snackbar").Filter(new() { HasText = "обеспечения" })).ToBeVisibleAsync();
            await Expect(supervisor.ByTestId("act-state")).ToHaveAttributeAsync("data-state", "Submitted");
            await supervisor.Field("act-sign-confirm-missing").CheckAsync();
            await supervisor.Field("act-sign-password").FillAsync("wrong password");
            await supervisor.ByTestId("act-sign-button").ClickAsync();
            await Expect(supervisor.ByTestId("act-sign-error")).ToBeVisibleAsync(); // a clear error, nothing signed
            await Expect(supervisor.ByTestId("act-state")).ToHaveAttributeAsync("data-state", "Submitted");

            await supervisor.Field("act-sign-password").FillAsync("Demo-Sign-2026");
            await supervisor.ScreenshotAsync("act-sign");
            await supervisor.ByTestId("act-sign-button").ClickAsync();
            await Expect(supervisor.ByTestId("act-state")).ToHaveAttributeAsync("data-state", "Signed");
            await Expect(supervisor.ByTestId("act-signed-by")).ToContainTextAsync("Гүлнар Әбенова");
            await supervisor.ByTestId("act-publish").ClickAsync();
            await Expect(supervisor.ByTestId("act-published")).ToContainTextAsync("UTC+5");

            // The upload check is a plain form post, the same for the signed-in and for the public (issue 17).
            var pdf = await supervisor.Page.APIRequest.GetAsync($"/verify/acts/{number}/pdf");
            var file = Path.Combine(app.DataFolder, $"Act-{number}.pdf");
            await File.WriteAllBytesAsync(file, await pdf.BodyAsync(), TestContext.Current.CancellationToken);
            await supervisor.Page.GotoAsync("/verify");
            await FileInput(supervisor, "verify-file").SetInputFilesAsync(file);
            await supervisor.ByTestId("verify-submit").ClickAsync();
            await Expect(supervisor.ByTestId("verify-verdict")).ToHaveAttributeAsync("data-valid", "true");
            await Expect(supervisor.ByTestId("verify-act")).ToContainTextAsync(number);
        }

        await using var visitor = await BrowserSession.OpenAsync(app, chromium); // not signed in: the QR code's reader
        await visitor.Page.GotoAsync($"/verify/acts/{number}");
        await Expect(visitor.ByTestId("verify-verdict")).ToHaveAttributeAsync("data-valid", "true");
        await Expect(visitor.ByTestId("verify-signer")).ToContainTextAsync("Гүлнар Әбенова");
        await visitor.ScreenshotAsync("act-verify");
    }

    private static ILocator FileInput(BrowserSession session, string testId) =>
        session.Page.Locator($"[data-testid={testId}] input[type=file], input[type=file][data-testid={testId}]").First;
}
