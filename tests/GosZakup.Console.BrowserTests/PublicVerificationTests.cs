using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GosZakup.Console.BrowserTests;

/// <summary>Issue 17: a visitor who is not signed in (a fresh browser, no sign-in) checks the demo's signed Act on
/// <c>/verify</c> by choosing its PDF and submitting the form, which needs no circuit and no JavaScript.</summary>
public sealed class PublicVerificationTests(ConsoleApp app, Chromium chromium)
{
    private const string SignedDemoAct = "2026-001";

    [Fact]
    public async Task A_visitor_not_signed_in_finds_the_signed_Act_genuine_and_a_changed_copy_refused()
    {
        await using var visitor = await BrowserSession.OpenAsync(app, chromium);
        var signed = await SignedPdfAsync(visitor);

        await CheckAsync(visitor, signed, "Act.pdf");
        await Expect(visitor.ByTestId("verify-verdict")).ToHaveAttributeAsync("data-valid", "true");
        await Expect(visitor.ByTestId("verify-verdict")).ToContainTextAsync("Подпись действительна");
        await Expect(visitor.ByTestId("verify-act")).ToContainTextAsync(SignedDemoAct);
        await Expect(visitor.ByTestId("verify-signer")).ToContainTextAsync("Гүлнар Әбенова");
        await visitor.ScreenshotAsync("verify-upload-public");

        var changed = (byte[])signed.Clone();
        changed[changed.AsSpan().IndexOf("GosZakup.Console"u8)] = (byte)'F'; // inside the signed range
        await CheckAsync(visitor, changed, "Act-changed.pdf");
        await Expect(visitor.ByTestId("verify-verdict")).ToHaveAttributeAsync("data-valid", "false");
        await Expect(visitor.ByTestId("verify-unchanged")).ToContainTextAsync("Нет");
    }

    [Fact]
    public async Task With_JavaScript_off_the_form_still_checks_the_Act()
    {
        await using var visitor = await BrowserSession.OpenAsync(app, chromium, javaScript: false);
        var signed = await SignedPdfAsync(visitor);

        await CheckAsync(visitor, signed, "Act.pdf");

        await Expect(visitor.ByTestId("verify-verdict")).ToHaveAttributeAsync("data-valid", "true");
        await Expect(visitor.ByTestId("verify-act")).ToContainTextAsync(SignedDemoAct);
    }

    [Fact]
    public async Task A_visitor_switches_the_language_of_the_public_page_with_its_plain_links()
    {
        await using var visitor = await BrowserSession.OpenAsync(app, chromium);
        await visitor.Page.GotoAsync("/verify");

        await visitor.ByTestId("lang-kk-KZ").ClickAsync();

        await Expect(visitor.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/verify$"));
        await Expect(visitor.ByTestId("verify-submit")).ToContainTextAsync("Қолтаңбаны тексеру");
    }

    private static async Task<byte[]> SignedPdfAsync(BrowserSession visitor)
    {
        var response = await visitor.Page.APIRequest.GetAsync($"/verify/acts/{SignedDemoAct}/pdf");
        Assert.True(response.Ok, $"the demo's signed Act {SignedDemoAct}: {response.Status}");
        return await response.BodyAsync();
    }

    /// <summary>Opens the page, chooses the file through the browser's file chooser and submits, as a person does.</summary>
    private static async Task CheckAsync(BrowserSession visitor, byte[] pdf, string name)
    {
        await visitor.Page.GotoAsync("/verify");
        var chooser = await visitor.Page.RunAndWaitForFileChooserAsync(() => visitor.ByTestId("verify-file").ClickAsync());
        await chooser.SetFilesAsync(new FilePayload { Name = name, MimeType = "application/pdf", Buffer = pdf });
        await visitor.ByTestId("verify-submit").ClickAsync();
        await Expect(visitor.ByTestId("verify-file-name")).ToHaveTextAsync(name);
    }
}
