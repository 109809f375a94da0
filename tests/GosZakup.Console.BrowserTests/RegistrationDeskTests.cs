using System.Diagnostics;
using System.Text.RegularExpressions;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GosZakup.Console.BrowserTests;

/// <summary>Registering at the desk, by keyboard as an operator does it under the R2 §7 clock (issue 16 §1-§2):
/// the channel cannot be mistyped, odd channels are confirmed, duplicates are searched as the fields are filled,
/// the new number stays in front, and the whole thing takes far fewer keys than the 107 it took before.</summary>
public sealed class RegistrationDeskTests(ConsoleApp app, Chromium chromium)
{
    /// <summary>Milliseconds between two keys: a quick typist, not a script.</summary>
    private const int KeyDelay = 40;

    [Fact]
    public async Task Digits_and_Esc_on_the_channel_never_change_it_and_Tab_leaves_it()
    {
        await using var session = await OpenInboxAsync();
        var keys = new KeyCounter(session.Page);

        await keys.PressAsync("n");
        await SeesTheFormAsync(session);
        await keys.PressAsync("ArrowRight");
        await Expect(Channel(session, AppealChannel.Email)).ToBeCheckedAsync();
        await keys.TypeAsync("1108"); // what the operator meant for the received time, typed while still on the channel
        await Expect(Channel(session, AppealChannel.Email)).ToBeCheckedAsync();
        await keys.PressAsync("Tab");
        Assert.False(await session.Page.EvaluateAsync<bool>("() => !!document.activeElement.closest('[data-testid=appeal-channel]')"));

        await keys.TabToAsync(session.Field("appeal-organisation"));
        await keys.TypeAsync("ТОО «Арна»");
        await keys.TabBackToAsync(Channel(session, AppealChannel.Email));
        await keys.PressAsync("Escape"); // as after closing a select: here it asks before discarding the typed form
        await Expect(session.ByTestId("appeal-discard")).ToBeVisibleAsync();
        await Expect(session.ByTestId("discard-keep")).ToBeFocusedAsync(); // the focus moves just after the question shows
        await keys.PressAsync("Enter");
        await Expect(session.ByTestId("appeal-discard")).ToHaveCountAsync(0);
        await keys.PressAsync("2");
        await Expect(Channel(session, AppealChannel.Email)).ToBeCheckedAsync();

        await keys.TabToAsync(session.Field("appeal-email"));
        await keys.TypeAsync("arna@mail.kz");
        await keys.TabToAsync(session.Field("appeal-description"));
        await keys.TypeAsync("Не подаётся заявка");
        var number = await RegisterByKeyboardAsync(session, keys);

        var stored = await StoredAsync(number);
        Assert.Equal((AppealChannel.Email, "ТОО «Арна»", "arna@mail.kz"), (stored.Channel, stored.OrganisationName, stored.ContactEmail));
    }

    [Fact]
    public async Task A_channel_other_than_the_last_one_is_shown_with_its_time_and_deadline_before_it_is_saved()
    {
        await using var session = await OpenInboxAsync();
        var keys = new KeyCounter(session.Page);
        await keys.PressAsync("n");
        await SeesTheFormAsync(session);
        await TypePhoneAppealAsync(session, keys, "ТОО «Бірінші»", "87015550101", "Кабинет не открывается");
        await RegisterByKeyboardAsync(session, keys);
        await keys.PressAsync("Enter"); // "New appeal" has the focus
        await Expect(Channel(session, AppealChannel.Phone)).ToBeFocusedAsync();

        await keys.PressAsync("ArrowRight");
        await keys.TabToAsync(session.Field("appeal-organisation"));
        await keys.TypeAsync("ТОО «Екінші»");
        await keys.TabToAsync(session.Field("appeal-email"));
        await keys.TypeAsync("ekinshi@mail.kz");
        await keys.TabToAsync(session.Field("appeal-description"));
        await keys.TypeAsync("Письмо о сбое ЭЦП");
        await keys.PressAsync("Control+Enter");

        var review = session.ByTestId("appeal-review");
        await Expect(review).ToBeVisibleAsync();
        await Expect(session.ByTestId("review-channel")).ToHaveTextAsync("электрондық пошта"); // operator@demo.kz reads Kazakh
        await Expect(session.ByTestId("review-received")).ToHaveTextAsync(new Regex(@"^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2} \(UTC\+5\)$"));
        await Expect(session.ByTestId("review-due")).ToHaveTextAsync(new Regex(@"\(UTC\+5\)$"));
        await Expect(review).ToContainTextAsync("«телефон»");
        await Expect(session.ByTestId("appeal-done")).ToBeHiddenAsync();

        await keys.PressAsync("Enter"); // "confirm" has the focus
        await Expect(session.ByTestId("appeal-done")).ToBeVisibleAsync();
        var stored = await StoredAsync(await session.ByTestId("done-number").InnerTextAsync());
        Assert.Equal((AppealChannel.Email, "ekinshi@mail.kz"), (stored.Channel, stored.ContactEmail));
    }

    [Fact]
    public async Task Duplicates_are_searched_as_the_description_is_typed_and_never_claimed_absent_before()
    {
        var description = $"Сбой при подписании {Guid.NewGuid():N}"[..28];
        var earlier = await TestIncidents.UnderAnalysisAsync(app, description);
        await using var session = await OpenInboxAsync();
        var keys = new KeyCounter(session.Page);

        await keys.PressAsync("n");
        await SeesTheFormAsync(session);
        var panel = session.ByTestId("duplicates");
        await Expect(panel).ToContainTextAsync("БСН/ЖСН"); // "fill in the BIN/IIN, … to look for duplicates"
        await Expect(session.ByTestId("duplicates-none")).ToHaveCountAsync(0);

        // "Searching" may show for a moment only, too short for a poll to catch: the page records what it showed.
        await session.Page.EvaluateAsync(WatchDuplicatePanel);
        await keys.TabToAsync(session.Field("appeal-description"));
        await keys.TypeAsync(description);
        await Expect(session.ByTestId("duplicate")).ToContainTextAsync(earlier);
        Assert.True(await session.Page.EvaluateAsync<bool>("() => window.__searchingShown"), "never showed that it was searching");
        Assert.False(await session.Page.EvaluateAsync<bool>("() => window.__noneShown"), "said 'no duplicates' before searching");
    }

    private const string WatchDuplicatePanel = """
        () => {
            window.__searchingShown = false;
            window.__noneShown = false;
            const look = () => {
                if (document.querySelector('[data-testid="duplicates-searching"]')) window.__searchingShown = true;
                // "None" may answer a search of the first few letters; before any search it would be a false claim.
                if (!window.__searchingShown && document.querySelector('[data-testid="duplicates-none"]')) window.__noneShown = true;
            };
            new MutationObserver(look).observe(document.body, { childList: true, subtree: true });
        }
        """;

    [Fact]
    public async Task After_Register_the_number_stays_in_front_to_copy_and_New_appeal_starts_an_empty_focused_form()
    {
        await using var session = await OpenInboxAsync();
        await session.Page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var keys = new KeyCounter(session.Page);
        await keys.PressAsync("n");
        await SeesTheFormAsync(session);
        await TypePhoneAppealAsync(session, keys, "ТОО «Нөмір»", "87015550102", "Не приходит уведомление");

        var number = await RegisterByKeyboardAsync(session, keys);
        await session.ScreenshotAsync("registration-done");
        await session.ByTestId("done-copy").ClickAsync();
        await Expect(session.ByTestId("done-copied")).ToContainTextAsync(number);
        Assert.Equal(number, await session.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));

        await session.ByTestId("done-new").ClickAsync();
        await Expect(Channel(session, AppealChannel.Phone)).ToBeFocusedAsync();
        await Expect(session.Field("appeal-organisation")).ToHaveValueAsync("");
        await Expect(session.ByTestId("appeal-done")).ToBeHiddenAsync();

        await session.Page.Keyboard.PressAsync("Escape"); // an empty form closes at once
        await Expect(session.ByTestId("appeal-dialog")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_click_on_the_backdrop_asks_before_throwing_away_a_typed_form()
    {
        await using var session = await OpenInboxAsync();
        var keys = new KeyCounter(session.Page);
        await keys.PressAsync("n");
        await SeesTheFormAsync(session);
        await keys.TabToAsync(session.Field("appeal-organisation"));
        await keys.TypeAsync("ТОО «Қалды»");

        await session.Page.Mouse.ClickAsync(5, 400);
        await Expect(session.ByTestId("appeal-discard")).ToBeVisibleAsync();
        await session.ByTestId("discard-keep").ClickAsync();
        await Expect(session.Field("appeal-organisation")).ToHaveValueAsync("ТОО «Қалды»");

        await session.Page.Mouse.ClickAsync(5, 400);
        await session.ByTestId("discard-confirm").ClickAsync();
        await Expect(session.ByTestId("appeal-dialog")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task N_opens_a_new_appeal_from_any_page_and_question_mark_lists_the_shortcuts_in_the_users_language()
    {
        await using var session = await BrowserSession.OpenAsync(app, chromium);
        await session.SignInAsync(DemoUsers.Operator);
        await session.Page.GotoAsync("/journal");
        await WaitForShortcutsAsync(session);

        await session.Page.Keyboard.PressAsync("?");
        var sheet = session.ByTestId("shortcut-sheet");
        await Expect(sheet).ToContainTextAsync("Жаңа өтініш"); // N: new appeal, in Kazakh
        await Expect(sheet).ToContainTextAsync("Өтінішті тіркеу"); // Ctrl+Enter
        // Esc reaches a dialog that has the focus: MudBlazor moves it there just after the dialog shows, before a person's key.
        await Expect(session.Page.Locator(".mud-dialog-container:focus-within")).ToHaveCountAsync(1);
        await session.Page.Keyboard.PressAsync("Escape");
        await Expect(sheet).ToHaveCountAsync(0);

        await session.Page.Keyboard.PressAsync("n");
        await Expect(session.ByTestId("appeal-dialog")).ToBeVisibleAsync();
        await Expect(Channel(session, AppealChannel.Phone)).ToBeFocusedAsync();
    }

    [Fact]
    public async Task A_phone_appeal_registers_by_keyboard_alone_in_far_fewer_than_107_keys()
    {
        await using var session = await OpenInboxAsync();
        var keys = new KeyCounter(session.Page);
        var clock = Stopwatch.StartNew();

        await keys.PressAsync("n");
        await SeesTheFormAsync(session);
        await TypePhoneAppealAsync(session, keys, "ТОО «Алем»", "87015550103", "Нет входа");
        var number = await RegisterByKeyboardAsync(session, keys);
        clock.Stop();

        var stored = await StoredAsync(number);
        Assert.Equal((AppealChannel.Phone, "ТОО «Алем»", "87015550103", "Нет входа", (string?)null),
            (stored.Channel, stored.OrganisationName, stored.ContactPhone, stored.Description, stored.ContactEmail));
        Report("phone", keys, clock.Elapsed);
        Assert.True(keys.Count <= 45, $"{keys.Count} keys");
    }

    [Fact]
    public async Task An_email_appeal_registers_by_keyboard_alone_in_far_fewer_than_107_keys()
    {
        await using var session = await OpenInboxAsync();
        var keys = new KeyCounter(session.Page);
        var clock = Stopwatch.StartNew();

        await keys.PressAsync("n");
        await SeesTheFormAsync(session);
        await keys.PressAsync("ArrowRight");
        await keys.TabToAsync(session.Field("appeal-organisation"));
        await keys.TypeAsync("ТОО «Сая»");
        await keys.TabToAsync(session.Field("appeal-email"));
        await keys.TypeAsync("info@sa.kz");
        await keys.TabToAsync(session.Field("appeal-description"));
        await keys.TypeAsync("Ошибка ЭЦП");
        var number = await RegisterByKeyboardAsync(session, keys);
        clock.Stop();

        var stored = await StoredAsync(number);
        Assert.Equal((AppealChannel.Email, "ТОО «Сая»", "info@sa.kz", "Ошибка ЭЦП", (string?)null),
            (stored.Channel, stored.OrganisationName, stored.ContactEmail, stored.Description, stored.ContactPhone));
        Report("e-mail", keys, clock.Elapsed);
        Assert.True(keys.Count <= 45, $"{keys.Count} keys");
    }

    private async Task<BrowserSession> OpenInboxAsync()
    {
        var session = await BrowserSession.OpenAsync(app, chromium);
        await session.SignInAsync(DemoUsers.Operator);
        await session.Page.GotoAsync("/inbox");
        await WaitForShortcutsAsync(session);
        return session;
    }

    /// <summary>The circuit is live and the page's key listener is in place (keyboard-shortcuts.js marks the page).</summary>
    private static async Task WaitForShortcutsAsync(BrowserSession session)
    {
        await session.WaitForCircuitAsync();
        await Expect(session.Page.Locator("html[data-shortcuts=ready]")).ToHaveCountAsync(1);
    }

    /// <summary>What a person waits for before typing on: the dialog open with the keyboard on its first field.</summary>
    private static async Task SeesTheFormAsync(BrowserSession session) =>
        await Expect(session.Page.Locator("[data-testid=appeal-channel] input:checked")).ToBeFocusedAsync();

    private static ILocator Channel(BrowserSession session, AppealChannel channel) => session.ByTestId($"channel-{channel}");

    /// <summary>From the channel (phone, as preset): organisation, phone and description, each reached by Tab.</summary>
    private static async Task TypePhoneAppealAsync(BrowserSession session, KeyCounter keys, string organisation, string phone, string description)
    {
        await keys.TabToAsync(session.Field("appeal-organisation"));
        await keys.TypeAsync(organisation);
        await keys.TabToAsync(session.Field("appeal-phone"));
        await keys.TypeAsync(phone);
        await keys.TabToAsync(session.Field("appeal-description"));
        await keys.TypeAsync(description);
    }

    /// <summary>Ctrl+Enter, then Enter on the review when the console asks (outside working hours, say), until the
    /// done state shows the new number.</summary>
    private static async Task<string> RegisterByKeyboardAsync(BrowserSession session, KeyCounter keys)
    {
        await keys.PressAsync("Control+Enter");
        var done = session.ByTestId("appeal-done");
        var review = session.ByTestId("appeal-review");
        await Expect(done.Or(review)).ToBeVisibleAsync();
        if (await review.IsVisibleAsync())
        {
            await Expect(session.ByTestId("review-confirm")).ToBeFocusedAsync();
            await keys.PressAsync("Enter");
        }
        await Expect(done).ToBeVisibleAsync();
        var number = await session.ByTestId("done-number").InnerTextAsync();
        Assert.Matches(@"^INC-\d{4}-\d{6}$", number);
        return number;
    }

    private async Task<AppealRecord> StoredAsync(string incidentNumber)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Set<AppealRecord>().AsNoTracking().SingleAsync(a => a.Incident!.Number == incidentNumber, TestContext.Current.CancellationToken);
    }

    private static void Report(string channel, KeyCounter keys, TimeSpan elapsed) =>
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"KEYSTROKES {channel}: {keys.Count} keys ({keys.Typed} typed data, {keys.Count - keys.Typed} to move, register and confirm); " +
            $"{elapsed.TotalSeconds:0.0} s from the shortcut to the done state at {KeyDelay} ms a key");

    /// <summary>Sends keys as a person presses them and counts every one: a chord (Control+Enter) counts each key held.</summary>
    private sealed class KeyCounter(IPage page)
    {
        public int Count { get; private set; }

        /// <summary>The keys that were the appeal's own data (letters and digits typed into fields).</summary>
        public int Typed { get; private set; }

        public async Task PressAsync(string chord)
        {
            Count += chord.Split('+').Length;
            await page.Keyboard.PressAsync(chord, new() { Delay = KeyDelay });
        }

        public async Task TypeAsync(string text)
        {
            Count += text.Length;
            Typed += text.Length;
            await page.Keyboard.TypeAsync(text, new() { Delay = KeyDelay });
        }

        /// <summary>Tab until the field has the focus (none when it has it already).</summary>
        public async Task TabToAsync(ILocator field) => await MoveToAsync(field, "Tab");

        public async Task TabBackToAsync(ILocator field) => await MoveToAsync(field, "Shift+Tab");

        private async Task MoveToAsync(ILocator field, string chord)
        {
            for (var step = 0; step < 12; step++)
            {
                if (await field.EvaluateAsync<bool>("e => e === document.activeElement")) return;
                await PressAsync(chord);
            }
            throw new InvalidOperationException($"{chord} never reached the field.");
        }
    }
}
