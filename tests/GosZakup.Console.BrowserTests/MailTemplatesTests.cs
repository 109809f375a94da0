using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GosZakup.Console.BrowserTests;

/// <summary>The Admin's wording of the notices: edited with a live plain-text preview, checked, saved and restored.</summary>
public sealed class MailTemplatesTests(ConsoleApp app, Chromium chromium)
{
    [Fact]
    public async Task An_admin_edits_the_identifier_email_and_restores_the_built_in_wording()
    {
        await using var session = await BrowserSession.OpenAsync(app, chromium);
        await session.SignInAsync(DemoUsers.Admin);
        await session.WaitForCircuitAsync();
        await session.ByTestId("nav-admin-mail-templates").ClickAsync();
        await session.ByTestId("template-edit-id-email").ClickAsync();
        var preview = session.ByTestId("template-preview");
        await Expect(preview).ToContainTextAsync("Өтінішіңіз тіркелді: INC-2026-000123");

        await session.Field("template-BodyRu").FillAsync("Ваш номер: {numbr}.");
        await session.ByTestId("template-save").ClickAsync();
        await Expect(session.ByTestId("template-editor")).ToContainTextAsync("{numbr} is not a placeholder of this notice.");
        // Mails are plain text: markup is refused at the edge, like in every other field.
        await session.Field("template-BodyRu").FillAsync("Ваш номер: <b>{number}</b>.");
        await session.ByTestId("template-save").ClickAsync();
        await Expect(session.ByTestId("template-editor")).ToContainTextAsync("Markup and scripts are not accepted");
        await session.Field("template-BodyRu").FillAsync("Ваш номер: {number}.");
        await Expect(preview).ToContainTextAsync("Ваш номер: INC-2026-000123.");
        await session.ScreenshotAsync("mail-templates");
        await session.ByTestId("template-save").ClickAsync();
        await Expect(session.ByTestId("template-state-id-email")).ToContainTextAsync("Customised");

        await session.ByTestId("template-restore").ClickAsync();
        await session.Page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Restore the built-in wording" }).ClickAsync();
        await Expect(session.ByTestId("template-state-id-email")).ToContainTextAsync("Built-in");
        await Expect(session.Field("template-BodyRu")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^Ваше обращение"));
    }
}
