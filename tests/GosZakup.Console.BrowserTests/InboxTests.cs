using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace GosZakup.Console.BrowserTests;

/// <summary>The contact centre's daily work: appeals in the Inbox with their R2 §7 clocks, registered into the Journal.</summary>
public sealed class InboxTests(ConsoleApp app, Chromium chromium)
{
    [Fact]
    public async Task The_inbox_shows_a_countdown_that_moves_without_reloading()
    {
        await using var session = await BrowserSession.OpenAsync(app, chromium);
        await session.SignInAsync(DemoUsers.Operator);

        await session.Page.GotoAsync("/inbox");
        await session.WaitForCircuitAsync();

        var left = session.ByTestId("countdown-left").First;
        var before = await left.TextContentAsync();
        await Expect(left).Not.ToHaveTextAsync(before ?? "");
        await session.ScreenshotAsync("inbox");
    }

    [Fact]
    public async Task An_operator_registers_a_phone_appeal_and_finds_it_in_the_Journal()
    {
        await using var session = await BrowserSession.OpenAsync(app, chromium);
        await session.SignInAsync(DemoUsers.Operator);
        await session.Page.GotoAsync("/inbox");
        await session.WaitForCircuitAsync();
        var organisation = $"ТОО «Тест {Guid.NewGuid():N}»"[..20];

        await OpenNewAppealAsync(session);
        await session.Field("appeal-organisation").TypeOverAsync(organisation);
        await session.Field("appeal-bin").TypeOverAsync("080340000123");
        await session.Field("appeal-phone").TypeOverAsync("+7 701 234 56 78");
        await session.Field("appeal-description").TypeOverAsync("Портал не принимает ценовое предложение по лоту 1.");
        await session.ByTestId("appeal-register").ClickAsync();
        // Outside the contact centre's hours (the suite runs at any hour) the dialog first asks to confirm what it stores.
        var done = session.ByTestId("done-number");
        var review = session.ByTestId("appeal-review");
        await Expect(done.Or(review)).ToBeVisibleAsync();
        if (await review.IsVisibleAsync()) await session.ByTestId("review-confirm").ClickAsync();
        await Expect(done).ToHaveTextAsync(new Regex(@"^INC-\d{4}-\d{6}$"));

        await session.Page.GotoAsync("/journal");
        await Expect(session.ByTestId("journal-table")).ToContainTextAsync(organisation);
        await Expect(session.ByTestId("journal-table")).ToContainTextAsync("080340000123");
        await session.ScreenshotAsync("journal");

        // The Journal row opens its incident.
        await session.ByTestId("journal-table").Locator("tr", new() { HasText = organisation }).GetByTestId("journal-number").Locator("a").ClickAsync();
        await Expect(session.ByTestId("incident-status")).ToHaveAttributeAsync("data-status", "Registered");
        await Expect(session.ByTestId("incident-appeal")).ToContainTextAsync(organisation);
    }

    [Fact]
    public async Task A_wrong_BIN_is_explained_and_the_dialog_keeps_what_was_typed()
    {
        await using var session = await BrowserSession.OpenAsync(app, chromium);
        await session.SignInAsync(DemoUsers.Operator);
        await session.Page.GotoAsync("/inbox");
        await session.WaitForCircuitAsync();

        await OpenNewAppealAsync(session);
        await session.Field("appeal-organisation").TypeOverAsync("ТОО «Қате БСН»");
        await session.Field("appeal-bin").TypeOverAsync("080340000124");
        await session.Field("appeal-phone").TypeOverAsync("+7 701 234 56 78");
        await session.Field("appeal-description").TypeOverAsync("Сбой");
        await session.ByTestId("appeal-save").ClickAsync();

        await Expect(session.ByTestId("appeal-dialog")).ToContainTextAsync("БСН/ЖСН жарамсыз"); // operator@demo.kz reads Kazakh
        await Expect(session.Field("appeal-organisation")).ToHaveValueAsync("ТОО «Қате БСН»");
    }

    /// <summary>The form is ready for typing once it has put the caret on the channel, as the operator sees; typed before
    /// that, a field's value can be lost (it was once, in CI).</summary>
    private static async Task OpenNewAppealAsync(BrowserSession session)
    {
        await session.ByTestId("inbox-new").ClickAsync();
        await Expect(session.Page.Locator("[data-testid=appeal-channel] input:checked")).ToBeFocusedAsync();
    }
}
