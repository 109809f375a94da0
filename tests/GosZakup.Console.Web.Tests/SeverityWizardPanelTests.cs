using Bunit;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Infrastructure.Calendar;
using GosZakup.Console.Web.Features.Incidents;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.Web.Tests;

/// <summary>R2 §13 in the decision panel: the answers give the level, and before saving it lists the duties
/// that level starts with their deadlines (pinned clock: Friday 20 November 2026, 12:10 Astana).</summary>
public class SeverityWizardPanelTests : ConsoleTestContext
{
    private async Task<IRenderedComponent<DecisionPanel>> RenderAsync(DecisionForm form)
    {
        Services.AddSingleton<CalendarStore>();
        Services.AddSingleton(ObligationSettings.Default);
        await (await MigratedDatabaseAsync()).DisposeAsync();
        return Render<DecisionPanel>(p => p.Add(c => c.Form, form).Add(c => c.Confirming, true));
    }

    [Fact]
    public async Task Participants_unable_to_take_part_give_medium_and_the_preview_lists_the_Working_Group_alert_announcement_and_notices()
    {
        var form = new DecisionForm { PlannedFixAt = new DateTime(2026, 11, 20, 15, 30, 0) };
        var panel = await RenderAsync(form);

        // Each question offers Yes, then No.
        panel.FindAll("[data-testid=wizard-q1] input[type=radio]")[1].Click();
        panel.WaitForElement("[data-testid=wizard-q2]");
        panel.FindAll("[data-testid=wizard-q2] input[type=radio]")[0].Click();

        panel.WaitForAssertion(() => Assert.Contains("Level: medium", panel.Find("[data-testid=wizard-level]").TextContent));
        var duties = panel.FindAll("[data-testid=wizard-preview] li[data-code]").Select(li => li.GetAttribute("data-code") + " " + li.TextContent).ToList();
        Assert.Contains(duties, d => d.StartsWith("wg-alert") && d.Contains("20.11.2026 12:10"));
        Assert.Contains(duties, d => d.StartsWith("announce") && d.Contains("20.11.2026 12:40"));
        Assert.Contains(duties, d => d.StartsWith("supplier-notice") && d.Contains("20.11.2026 13:10"));
        Assert.DoesNotContain(duties, d => d.StartsWith("low-notice"));
        Assert.Contains("alerted at once", panel.Find("[data-testid=wizard-wg]").TextContent);
    }

    [Fact]
    public async Task Answering_no_twice_gives_low_with_only_the_users_notice()
    {
        var panel = await RenderAsync(new DecisionForm { AllUsersBlocked = false, AffectedParticipantsCouldNotTakePart = false, PlannedFixAt = new DateTime(2026, 11, 20, 15, 30, 0) });

        panel.WaitForAssertion(() => Assert.Contains("Level: low", panel.Find("[data-testid=wizard-level]").TextContent));
        // The user's notice now, and the fix notice projected at the planned fix.
        Assert.Equal(["low-notice", "fix-notice"], panel.FindAll("[data-testid=wizard-preview] li[data-code]").Select(li => li.GetAttribute("data-code")));
        Assert.Contains("not alerted", panel.Find("[data-testid=wizard-wg]").TextContent);
    }

    [Fact]
    public async Task All_users_blocked_gives_high_and_extends_the_whole_module()
    {
        var panel = await RenderAsync(new DecisionForm { AllUsersBlocked = true, PlannedFixAt = new DateTime(2026, 11, 20, 15, 30, 0) });

        panel.WaitForAssertion(() => Assert.Contains("Level: high", panel.Find("[data-testid=wizard-level]").TextContent));
        Assert.Empty(panel.FindAll("[data-testid=wizard-q2]"));
        Assert.Contains("R2 §16.2", panel.Find("[data-testid=wizard-extensions]").TextContent);
    }
}
