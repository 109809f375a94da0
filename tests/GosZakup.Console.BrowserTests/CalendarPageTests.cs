using GosZakup.Console.Domain.Calendar;
using static Microsoft.Playwright.Assertions;

namespace GosZakup.Console.BrowserTests;

/// <summary>The working calendar (R2 §6): everyone reads it; an Admin adds an exception.</summary>
public sealed class CalendarPageTests(ConsoleApp app, Chromium chromium)
{
    [Fact]
    public async Task An_operator_reads_the_month_with_holidays_and_saturday_hours()
    {
        await using var session = await BrowserSession.OpenAsync(app, chromium);
        await session.SignInAsync(DemoUsers.Operator);

        await session.Page.GotoAsync("/calendar?month=2026-12");
        await session.WaitForCircuitAsync();

        await Expect(session.ByTestId("day-2026-12-16")).ToContainTextAsync("Тәуелсіздік"); // operator@demo.kz reads Kazakh
        await Expect(session.ByTestId("day-2026-12-19")).ToContainTextAsync("09:00–17:00");
        await Expect(session.ByTestId("calendar-add")).ToHaveCountAsync(0);
        await session.ScreenshotAsync("calendar");
    }

    [Fact]
    public async Task An_admin_adds_a_day_the_Owner_opened_and_sees_it_in_the_month()
    {
        await using var session = await BrowserSession.OpenAsync(app, chromium);
        await session.SignInAsync(DemoUsers.Admin);
        // A month a year ahead: no deadline of this run counts on its days, so the opened day changes nothing another test reads.
        var month = AstanaTime.FromUtc(DateTime.UtcNow).Date.PlusYears(1).ToString("yyyy-MM", null);
        await session.Page.GotoAsync($"/calendar?month={month}");
        await session.WaitForCircuitAsync();
        var sunday = session.Page.Locator(".calendar-closed:not(.calendar-exception)").Last;
        var testId = await sunday.GetAttributeAsync("data-testid");

        await sunday.ClickAsync();
        await session.ByTestId("override-kind").ClickAsync();
        await session.Page.GetByText("Opened by the Owner's letter (open)").ClickAsync();
        await session.Field("override-reason-kk").FillAsync("Иеленушінің хатымен ашылды");
        await session.Field("override-reason-ru").FillAsync("Открыт письмом Владельца");
        await session.Field("override-reason-en").FillAsync("Opened by the Owner's letter");
        await session.Field("override-source").FillAsync("Owner's letter No. 17-3/2026");
        await session.ByTestId("override-save").ClickAsync();

        await Expect(session.ByTestId(testId!)).ToContainTextAsync("Opened by the Owner's letter");
        await Expect(session.ByTestId(testId!)).ToContainTextAsync("09:00–17:00");
    }
}
