using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GosZakup.Console.BrowserTests;

/// <summary>Two working calendars (issue 15): the state bodies' five-day week has its own tab, and every deadline that
/// counts working time says whose working days it counts.</summary>
public sealed partial class CalendarNamesTests(ConsoleApp app, Chromium chromium)
{
    [Fact]
    public async Task An_operator_opens_the_state_calendar_tab_where_Saturday_is_closed()
    {
        await using var session = await BrowserSession.OpenAsync(app, chromium);
        await session.SignInAsync(DemoUsers.Operator);
        await session.Page.GotoAsync("/calendar?month=2026-12");
        await session.WaitForCircuitAsync();
        await Expect(session.ByTestId("day-2026-12-19")).ToHaveClassAsync(Working()); // the contact centre works Saturdays (R2 §6)

        await session.Page.GetByRole(AriaRole.Tab).Nth(1).ClickAsync();

        await Expect(session.ByTestId("day-2026-12-19")).ToHaveClassAsync(Closed());
        await Expect(session.ByTestId("day-2026-12-18")).ToContainTextAsync("09:00–18:30");
        await Expect(session.ByTestId("day-2026-12-16")).ToContainTextAsync("Тәуелсіздік");
        await Expect(session.ByTestId("duty-calendars").Locator("tr[data-code=security-return] [data-testid=deadline-calendar]"))
            .ToHaveAttributeAsync("data-calendar", "state");
        await session.ScreenshotAsync("calendar-state");
    }

    [Fact]
    public async Task A_supervisor_sees_the_state_calendar_beside_the_organisers_return_and_the_contact_centres_beside_its_duties()
    {
        await using var session = await BrowserSession.OpenAsync(app, chromium);
        await session.SignInAsync(DemoUsers.Supervisor);
        await session.Page.GotoAsync("/acts/2026-001");
        await session.WaitForCircuitAsync();

        var awaiting = session.Page.Locator("[data-testid=security-row][data-state=AwaitingOrganiser]");
        await Expect(awaiting.GetByTestId("deadline-calendar")).ToHaveAttributeAsync("data-calendar", "state");
        await Expect(awaiting.GetByTestId("deadline-calendar")).ToHaveTextAsync(new Regex(".+"));

        // The calendar settings list every working-time duty with its calendar. (The dashboard's nearest-to-breach rows show
        // the label too, but out of working hours they are all wall-clock duties, so the dashboard cannot be asked for it
        // at any hour.)
        await session.Page.GotoAsync("/calendar");
        await session.WaitForCircuitAsync();
        await Expect(session.ByTestId("duty-calendars").Locator("[data-testid=deadline-calendar][data-calendar=contact-centre]").First)
            .ToBeVisibleAsync();
        await session.Page.GotoAsync("/dashboard");
        await session.WaitForCircuitAsync();
        await session.ScreenshotAsync("dashboard-calendars");
    }

    [GeneratedRegex("calendar-working")]
    private static partial Regex Working();

    [GeneratedRegex("calendar-closed")]
    private static partial Regex Closed();
}
