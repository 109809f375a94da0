using static Microsoft.Playwright.Assertions;

namespace GosZakup.Console.BrowserTests;

/// <summary>The Working Group directory (R2 §25) that the alerts of medium and high failures go to.</summary>
public sealed class WorkingGroupTests(ConsoleApp app, Chromium chromium)
{
    [Fact]
    public async Task A_supervisor_adds_a_member_and_sees_them_in_the_directory()
    {
        await using var session = await BrowserSession.OpenAsync(app, chromium);
        await session.SignInAsync(DemoUsers.Supervisor);
        await session.WaitForCircuitAsync(); // a click during the circuit's start-up can be lost
        await session.ByTestId("nav-working-group").ClickAsync();
        var table = session.ByTestId("wg-members-table");
        await Expect(table).ToContainTextAsync("wg@demo.kz"); // the demo head
        var email = $"member.{Guid.NewGuid():N}"[..20] + "@demo.kz";

        await session.ByTestId("wg-member-add").ClickAsync();
        await session.Field("wg-member-name").FillAsync("Жанар Болатқызы Тоқтарова");
        await session.Field("wg-member-position").FillAsync("Ақпараттық қауіпсіздік сарапшысы");
        await session.Field("wg-member-email").FillAsync(email);
        await session.Field("wg-member-phone").FillAsync("+7 707 555 10 05");
        await session.ByTestId("wg-member-security").ClickAsync();
        await session.ByTestId("wg-member-save").ClickAsync();

        await Expect(session.ByTestId("wg-member-dialog")).ToHaveCountAsync(0);
        var row = table.Locator("tbody tr").Filter(new() { HasText = email });
        await Expect(row).ToContainTextAsync("Жанар Болатқызы Тоқтарова");
        await Expect(row).ToContainTextAsync("+7 707 555 10 05");
        await Expect(row).ToContainTextAsync("Информационная безопасность"); // supervisor@demo.kz reads Russian
        await session.ScreenshotAsync("working-group");

        await row.GetByTestId("wg-member-toggle").ClickAsync();
        await Expect(row.GetByTestId("wg-member-status")).ToHaveTextAsync("Деактивирован");
    }
}
