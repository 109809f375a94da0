using Bunit;
using GosZakup.Console.Web.Components.Layout;
using GosZakup.Console.Web.Security.Sessions;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.Web.Tests;

/// <summary>Issue 17: the notice over a page whose session ended says why in words and leads on with a real link.</summary>
public class SessionEndedNoticeTests : ConsoleTestContext
{
    public SessionEndedNoticeTests() => Services.AddScoped<SessionEnding>();

    private IRenderedComponent<SessionEndedNotice> RenderAt(string path)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(path);
        return Render<SessionEndedNotice>();
    }

    [Fact]
    public void A_live_session_shows_nothing()
    {
        var cut = RenderAt("/incidents/INC-2026-0001");

        Assert.Empty(cut.FindAll("[data-testid=session-ended]"));
    }

    [Theory]
    [InlineData(SessionVerdict.AccountDisabled, "Your account has been disabled", "/account/login")]
    [InlineData(SessionVerdict.RolesRemoved, "Your roles have changed", "/incidents/INC-2026-0001?tab=duties")]
    [InlineData(SessionVerdict.SignedOut, "You have been signed out", "/account/login?returnUrl=%2Fincidents%2FINC-2026-0001%3Ftab%3Dduties")]
    [InlineData(SessionVerdict.CredentialsChanged, "Your sign-in details have changed", "/account/login?returnUrl=%2Fincidents%2FINC-2026-0001%3Ftab%3Dduties")]
    public void The_notice_appears_when_the_session_ends_and_says_why_in_words(SessionVerdict reason, string title, string href)
    {
        var cut = RenderAt("/incidents/INC-2026-0001?tab=duties");

        Services.GetRequiredService<SessionEnding>().End(reason);

        cut.WaitForAssertion(() => Assert.Equal(title, cut.Find("[data-testid=session-ended-title]").TextContent));
        Assert.DoesNotContain(reason.ToString(), cut.Find("[data-testid=session-ended]").TextContent);
        var action = cut.Find("[data-testid=session-ended-action]");
        Assert.Equal(href, action.GetAttribute("href"));
        Assert.Equal("_top", action.GetAttribute("target"));
    }

    [Fact]
    public void The_first_reason_stays()
    {
        var ending = Services.GetRequiredService<SessionEnding>();
        ending.End(SessionVerdict.AccountDisabled);
        ending.End(SessionVerdict.SignedOut);

        Assert.Equal(SessionVerdict.AccountDisabled, ending.Reason);
    }
}
