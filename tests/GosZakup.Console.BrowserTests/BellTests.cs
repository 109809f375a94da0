using System.Text.RegularExpressions;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Features.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace GosZakup.Console.BrowserTests;

/// <summary>Alerts people can act on (issue 16 §4): the bell shows one entry per incident that opens its duties, and
/// toasts (bottom left) cover no button of a page and nothing of an open dialog, at 1366×768.</summary>
public sealed class BellTests(ConsoleApp app, Chromium chromium)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Breach alerts as the reminder job writes them (its message key and arguments, the incident's link) for one
    /// user, then this instance's bells are told, as the job tells them.</summary>
    private async Task RemindAsync(string email, params (string Incident, string Code, string Clause)[] reminders)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == email, Ct);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var i = 0;
        foreach (var (incident, code, clause) in reminders)
            db.Add(NotificationText.Compose(user.Id, now.AddSeconds(i++), ReminderWording.BreachKey, $"/incidents/{incident}",
                NotificationText.Resource(DutyNames.Key(code)), clause, incident, DutySubjects.AstanaText(now)));
        await db.SaveChangesAsync(Ct);
        services.GetRequiredService<NotificationCenter>().Notify([user.Id]);
    }

    /// <summary>The names (or labels) of the visible elements matching <paramref name="controls"/> that a toast covers; its own
    /// close button excepted.</summary>
    private static Task<string[]> UnderToastsAsync(BrowserSession session, string controls) => session.Page.EvaluateAsync<string[]>(@"controls => {
        const toasts = [...document.querySelectorAll('.mud-snackbar')].map(t => t.getBoundingClientRect());
        const over = (a, b) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
        return [...document.querySelectorAll(controls)]
            .filter(c => !c.closest('.mud-snackbar') && c.getClientRects().length > 0 && getComputedStyle(c).visibility !== 'hidden')
            .filter(c => { const r = c.getBoundingClientRect(); return r.width > 0 && r.height > 0 && toasts.some(t => over(r, t)); })
            .map(c => (c.getAttribute('data-testid') || c.getAttribute('aria-label') || c.textContent || c.tagName).trim());
    }", controls);

    /// <summary>Every button of the page: the app bar's, the page's primary actions and the rest.</summary>
    private const string Buttons = "button, [role=button], a.mud-button-root";

    /// <summary>Everything a person can use while a dialog is open: its fields, links and buttons, its actions first of all.
    /// The app bar lies under the dialog's overlay then, out of reach, so a toast may wait over it.</summary>
    private const string DialogControls = ".mud-dialog button, .mud-dialog a[href], .mud-dialog input, .mud-dialog textarea, .mud-dialog .mud-select";

    [Fact]
    public async Task The_bell_shows_one_entry_per_incident_with_its_count_and_opens_its_duties()
    {
        var busy = await TestIncidents.UnderAnalysisAsync(app, "Бір инциденттің үш еске салуы бір жазба болады.");
        var quiet = await TestIncidents.UnderAnalysisAsync(app, "Екінші инцидент: бір еске салу.");
        await using var session = await BrowserSession.OpenAsync(app, chromium);
        await session.SignInAsync(DemoUsers.Specialist);
        await session.Page.GotoAsync("/my-work");
        await session.WaitForCircuitAsync();

        await RemindAsync(DemoUsers.Specialist, (busy, "analyse", "R2 §9"), (busy, "id-email", "R2 §8"), (quiet, "analyse", "R2 §9"),
            (busy, "wg-alert", "R2 §15.1, §16.1"));
        var bell = session.ByTestId("notification-bell").Locator("button").First;
        var busyEntry = session.Page.Locator($"[data-testid=notification-item][data-incident='{busy}']");
        // The bell reloads within a second of being told; open it once the news is in (a click on a stale menu shows the old list).
        await Expect(session.ByTestId("notification-badge")).ToContainTextAsync(new Regex(@"\d"));
        for (var attempt = 0; attempt < 5 && await busyEntry.CountAsync() == 0; attempt++)
        {
            if (await session.Page.Locator(".mud-popover-open [data-testid=notification-item]").CountAsync() > 0)
                await session.Page.Keyboard.PressAsync("Escape");
            await bell.ClickAsync();
            await session.Page.WaitForTimeoutAsync(500);
        }

        await Expect(busyEntry).ToHaveCountAsync(1);
        await Expect(busyEntry).ToHaveAttributeAsync("data-count", "3");
        await Expect(busyEntry).ToHaveAttributeAsync("data-unread", "true");
        await Expect(busyEntry.GetByTestId("notification-group")).ToContainTextAsync(busy);
        var quietEntry = session.Page.Locator($"[data-testid=notification-item][data-incident='{quiet}']");
        await Expect(quietEntry).ToHaveCountAsync(1);
        await Expect(quietEntry).ToHaveAttributeAsync("data-count", "1");
        await session.ScreenshotAsync("bell-one-entry-per-incident");

        await busyEntry.ClickAsync();
        await Expect(session.Page).ToHaveURLAsync(new Regex($"/incidents/{Regex.Escape(busy)}#duties$"));
        await Expect(session.ByTestId("incident-number")).ToHaveTextAsync(busy);
        await Expect(session.ByTestId("incident-duties")).ToBeVisibleAsync();

        await bell.ClickAsync();
        await Expect(busyEntry).ToHaveAttributeAsync("data-unread", "false"); // the three, read together
        await Expect(quietEntry).ToHaveAttributeAsync("data-unread", "true");
    }

    [Fact]
    public async Task A_toast_covers_no_button_on_the_incident_page_nor_in_the_appeal_dialog_at_1366x768()
    {
        var incident = await TestIncidents.UnderAnalysisAsync(app, "Хабарлама батырмаларды жаппауы керек.");
        await using var session = await BrowserSession.OpenAsync(app, chromium);
        await session.Page.SetViewportSizeAsync(1366, 768);
        await session.SignInAsync(DemoUsers.Specialist);
        await session.Page.GotoAsync($"/incidents/{incident}");
        await session.WaitForCircuitAsync();

        await RemindAsync(DemoUsers.Specialist, (incident, "analyse", "R2 §9"));
        await Expect(session.Page.Locator(".mud-snackbar").First).ToBeVisibleAsync();
        await session.ScreenshotAsync("toast-on-incident-page");
        Assert.Empty(await UnderToastsAsync(session, Buttons));

        await using var desk = await BrowserSession.OpenAsync(app, chromium);
        await desk.Page.SetViewportSizeAsync(1366, 768);
        await desk.SignInAsync(DemoUsers.Operator);
        await desk.Page.GotoAsync("/inbox");
        await desk.WaitForCircuitAsync();
        await desk.ByTestId("inbox-new").ClickAsync();
        await Expect(desk.ByTestId("appeal-dialog")).ToBeVisibleAsync();

        await RemindAsync(DemoUsers.Operator, (incident, "id-email", "R2 §8"));
        await Expect(desk.Page.Locator(".mud-snackbar").First).ToBeVisibleAsync();
        await desk.ScreenshotAsync("toast-over-appeal-dialog");
        Assert.Empty(await UnderToastsAsync(desk, DialogControls));
    }
}
