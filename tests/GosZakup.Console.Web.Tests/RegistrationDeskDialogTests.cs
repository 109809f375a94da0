using System.Text.RegularExpressions;
using Bunit;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Web.Features.Inbox;

namespace GosZakup.Console.Web.Tests;

/// <summary>The appeal dialog at the desk (issue 16 §1): duplicates searched as the fields are filled, what will be
/// stored confirmed when it looks off, the number kept in front after Register, and typed work never thrown away
/// by a stray click. The clock reads Friday 20.11.2026 12:10 Astana.</summary>
public class RegistrationDeskDialogTests : AppealDialogHost
{
    [Fact]
    public async Task The_duplicates_panel_claims_nothing_before_a_search_and_says_searching_while_it_waits()
    {
        var cut = await OpenAsync(AppealDialogs.NewForm(Clock.GetUtcNow()));
        var panel = () => cut.Find("[data-testid=duplicates]");
        Assert.Contains("Fill in the BIN/IIN", panel().TextContent);
        Assert.DoesNotContain("No registered incident", panel().TextContent);

        cut.Find("textarea[data-testid=appeal-description]").Input("Портал не открывается");

        cut.WaitForAssertion(() => Assert.Contains("Searching…", panel().TextContent));
        Assert.DoesNotContain("No registered incident", panel().TextContent);
        Clock.Advance(DuplicateSearch.Pause);
        cut.WaitForAssertion(() => Assert.Contains("No registered incident looks like this one.", panel().TextContent), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task The_description_counter_counts_while_typing_not_only_on_leaving_the_field()
    {
        var cut = await OpenAsync(AppealDialogs.NewForm(Clock.GetUtcNow()));

        cut.Find("textarea[data-testid=appeal-description]").Input("Сбой ЭЦП");

        cut.WaitForAssertion(() => Assert.Contains("8 / 10000", cut.Markup));
    }

    [Fact]
    public async Task A_registered_appeal_stays_in_front_with_its_number_and_New_appeal_starts_an_empty_form()
    {
        var cut = await OpenAsync(PhoneAppealNow());

        cut.Find("[data-testid=appeal-register]").Click();

        cut.WaitForAssertion(() => Assert.Matches(new Regex(@"^INC-2026-\d{6}$"), cut.Find("[data-testid=done-number]").TextContent), TimeSpan.FromSeconds(20));
        var stored = Assert.Single(await SavedAppealsAsync());
        Assert.Equal(cut.Find("[data-testid=done-number]").TextContent, stored.Incident!.Number);

        cut.Find("[data-testid=done-new]").Click();

        cut.WaitForAssertion(() => Assert.Equal("", cut.Find("input[data-testid=appeal-organisation]").GetAttribute("value") ?? ""));
        Assert.True(cut.Find("input[data-testid=channel-Phone]").HasAttribute("checked"));
        Assert.Empty(cut.FindAll("[data-testid=appeal-done]"));
    }

    [Fact]
    public async Task A_received_time_long_ago_is_shown_with_its_deadline_and_saved_only_when_confirmed()
    {
        var form = PhoneAppealNow();
        (form.Channel, form.ReceivedAt, form.ContactEmail) = (AppealChannel.Email, new DateTime(2026, 11, 20, 1, 28, 0), "user@mail.kz");
        var cut = await OpenAsync(form);

        cut.Find("[data-testid=appeal-register]").Click();

        cut.WaitForAssertion(() => Assert.Equal("e-mail", cut.Find("[data-testid=review-channel]").TextContent));
        Assert.Equal("20.11.2026 01:28 (UTC+5)", cut.Find("[data-testid=review-received]").TextContent);
        Assert.Equal("20.11.2026 19:00 (UTC+5)", cut.Find("[data-testid=review-due]").TextContent);
        Assert.Contains("outside the contact centre's working hours", cut.Markup);
        Assert.Empty(await SavedAppealsAsync());

        cut.Find("[data-testid=review-confirm]").Click();

        cut.WaitForElement("[data-testid=appeal-done]", TimeSpan.FromSeconds(20));
        var stored = Assert.Single(await SavedAppealsAsync());
        Assert.Equal((AppealChannel.Email, new DateTime(2026, 11, 19, 20, 28, 0, DateTimeKind.Utc)), (stored.Channel, stored.ReceivedAtUtc));
    }

    [Fact]
    public async Task Going_back_from_the_review_saves_nothing_and_keeps_the_form()
    {
        var form = PhoneAppealNow();
        form.ReceivedAt = new DateTime(2026, 11, 20, 9, 0, 0);
        var cut = await OpenAsync(form);
        cut.Find("[data-testid=appeal-register]").Click();
        cut.WaitForElement("[data-testid=review-back]").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=appeal-review]")));
        Assert.Equal("ТОО «Ақ Жол»", cut.Find("input[data-testid=appeal-organisation]").GetAttribute("value"));
        Assert.Empty(await SavedAppealsAsync());
    }

    [Fact]
    public async Task A_click_on_the_backdrop_asks_before_discarding_a_filled_form()
    {
        var cut = await OpenAsync(PhoneAppealNow());

        await cut.Find(".mud-overlay").ClickAsync(new());

        cut.WaitForElement("[data-testid=appeal-discard]");
        cut.Find("[data-testid=discard-keep]").Click();
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=appeal-discard]")));
        Assert.Single(cut.FindAll("[data-testid=appeal-dialog]"));
    }

    [Fact]
    public async Task A_click_on_the_backdrop_closes_an_empty_form_at_once()
    {
        var cut = await OpenAsync(AppealDialogs.NewForm(Clock.GetUtcNow()));

        await cut.Find(".mud-overlay").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=appeal-dialog]")));
    }
}
