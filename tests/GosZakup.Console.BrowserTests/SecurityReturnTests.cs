using GosZakup.Console.Domain.Calendar;
using static Microsoft.Playwright.Assertions;

namespace GosZakup.Console.BrowserTests;

/// <summary>R2 §18-§20 in the browser: on the demo Act signed and published at start, one security is back from the
/// organiser, one was credited to the budget and its F3 letter registered, one is awaiting; the Supervisor downloads the
/// F3 form and records the operator's refund, which closes the row.</summary>
public sealed class SecurityReturnTests(ConsoleApp app, Chromium chromium)
{
    [Fact]
    public async Task A_Supervisor_downloads_form_F3_and_records_the_refund()
    {
        await using var supervisor = await BrowserSession.OpenAsync(app, chromium);
        await supervisor.SignInAsync(DemoUsers.Supervisor);
        DemoRecords.Claim($"the security returns of Act {DemoRecords.SignedAct}"); // the refund changes one; other tests only read the Act
        await supervisor.Page.GotoAsync("/acts/" + DemoRecords.SignedAct);
        await supervisor.WaitForCircuitAsync();
        await Expect(supervisor.Page.Locator("[data-testid=security-row][data-state=ReturnedByOrganiser]")).ToHaveCountAsync(1);
        await Expect(supervisor.Page.Locator("[data-testid=security-row][data-state=AwaitingOrganiser]")).ToHaveCountAsync(1);
        var letter = supervisor.Page.Locator("[data-testid=security-row][data-state=LetterReceived]");
        await letter.ScrollIntoViewIfNeededAsync();
        await supervisor.ScreenshotAsync("act-security-returns");

        var f3 = await supervisor.Page.APIRequest.GetAsync(await letter.GetByTestId("security-f3").GetAttributeAsync("href") ?? "");
        Assert.Equal(200, f3.Status);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString((await f3.BodyAsync())[..4]));

        await letter.GetByTestId("security-step-Refund").ClickAsync();
        var now = AstanaTime.Text(DateTime.UtcNow); // the letter came this minute at the earliest
        await supervisor.Field("security-RefundedAt").TypeOverAsync(now);
        await supervisor.Field("security-PaymentReference").FillAsync("П/п № 9912");
        await supervisor.Field("security-SupplierToldAt").TypeOverAsync(now);
        await supervisor.ByTestId("security-save").ClickAsync();
        await Expect(supervisor.Page.Locator("[data-testid=security-row][data-state=Refunded]")).ToHaveCountAsync(1);
    }
}
