using Bunit;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Infrastructure.Calendar;
using GosZakup.Console.Infrastructure.WorkingGroup;
using GosZakup.Console.Web.Features.Incidents;
using GosZakup.Console.Web.Features.WorkingGroup;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.Web.Tests;

/// <summary>R2 §13 in the decision panel: the answers give the level, and before saving it lists the duties
/// that level starts with their deadlines (pinned clock: Friday 20 November 2026, 12:10 Astana).</summary>
public class SeverityWizardPanelTests : ConsoleTestContext
{
    private async Task<IRenderedComponent<DecisionPanel>> RenderAsync(DecisionForm form, DateTime? alertSentAtUtc = null)
    {
        Services.AddSingleton<CalendarStore>();
        Services.AddSingleton(ObligationSettings.Default);
        Services.AddWorkingGroup();
        await using (var db = await MigratedDatabaseAsync())
        {
            db.Set<WorkingGroupMemberRecord>().AddRange(
                new WorkingGroupMemberRecord
                {
                    FullName = "Айгүл Нұрланова", Email = "a.nurlanova@demo.kz", Phone = "+7 702 555 10 02", HandlesInformationSecurity = true
                },
                new WorkingGroupMemberRecord
                {
                    Unit = ContactUnit.OwnerUnit, FullName = "Марина Ли", Email = "m.li@minfin.demo.kz", Phone = "+7 717 255 20 02"
                });
            await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        }
        return Render<DecisionPanel>(p => p.Add(c => c.Form, form).Add(c => c.Confirming, true).Add(c => c.AlertSentAtUtc, alertSentAtUtc)
            .Add(c => c.AlertSentBy, "specialist@demo.kz"));
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
        Assert.Contains(duties, d => d.StartsWith("wg-alert") && d.Contains("immediately — within 5 min") && d.Contains("20.11.2026 12:15"));
        Assert.Contains(duties, d => d.StartsWith("announce") && d.Contains("20.11.2026 12:40"));
        Assert.Contains(duties, d => d.StartsWith("supplier-notice") && d.Contains("20.11.2026 13:10"));
        Assert.DoesNotContain(duties, d => d.StartsWith("low-notice"));
        Assert.Contains("alerted at once", panel.Find("[data-testid=wizard-wg]").TextContent);
    }

    [Fact]
    public async Task Answering_no_twice_gives_low_with_only_the_users_notice()
    {
        var panel = await RenderAsync(new DecisionForm
        {
            AllUsersBlocked = false, AffectedParticipantsCouldNotTakePart = false, PlannedFixAt = new DateTime(2026, 11, 20, 15, 30, 0)
        });

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
        Assert.Contains("Rules §§16.2", panel.Find("[data-testid=wizard-extensions]").TextContent);
    }

    [Theory]
    [InlineData(false, true, "medium")]
    [InlineData(true, null, "high")]
    public async Task At_medium_or_high_the_R2_25_alert_is_the_step_before_confirm_and_confirm_waits_for_it(bool allBlocked, bool? participantsBlocked,
        string level)
    {
        var panel = await RenderAsync(new DecisionForm
        {
            AllUsersBlocked = allBlocked, AffectedParticipantsCouldNotTakePart = participantsBlocked, PlannedFixAt = new DateTime(2026, 11, 20, 15, 30, 0)
        });

        var step = panel.WaitForElement("[data-testid=confirmation-alert-step]");
        Assert.Contains($"The answers point to level {level}", step.TextContent);
        Assert.Contains("m.li@minfin.demo.kz", panel.Find("[data-testid=confirmation-alert-recipients-OwnerUnit]").TextContent);
        Assert.Contains("a.nurlanova@demo.kz · +7 702 555 10 02", panel.Find("[data-testid=confirmation-alert-recipients-WorkingGroup]").TextContent);
        Assert.Contains("Calls and letters", step.TextContent);
        var order = panel.FindAll("[data-testid=confirmation-alert-send], [data-testid=decision-save]").Select(e => e.GetAttribute("data-testid")).ToList();
        Assert.Equal(["confirmation-alert-send", "decision-save"], order);
        Assert.True(panel.Find("[data-testid=decision-save]").HasAttribute("disabled"));
        Assert.Contains("Send the alert first", panel.Find("[data-testid=decision-alert-first]").TextContent);
    }

    [Fact]
    public async Task Once_the_alert_went_out_the_step_says_so_confirm_opens_and_the_participants_are_required()
    {
        var panel = await RenderAsync(new DecisionForm { AllUsersBlocked = true, PlannedFixAt = new DateTime(2026, 11, 20, 15, 30, 0) },
            alertSentAtUtc: new DateTime(2026, 11, 20, 7, 5, 0, DateTimeKind.Utc));

        panel.WaitForAssertion(() => Assert.Contains("Alert sent at 20.11.2026 12:05", panel.Find("[data-testid=confirmation-alert-sent]").TextContent));
        Assert.Empty(panel.FindAll("[data-testid=confirmation-alert-send]"));
        Assert.Empty(panel.FindAll("[data-testid=decision-alert-first]"));
        Assert.False(panel.Find("[data-testid=decision-save]").HasAttribute("disabled"));
        panel.WaitForAssertion(() => Assert.Contains("Айгүл Нұрланова", panel.Find("[data-testid=security-participants]").TextContent));
        Assert.Contains("Required", panel.Find("[data-testid=security-participants]").TextContent);
        Assert.Single(panel.FindAll("[data-testid=security-participant]"));
    }

    [Fact]
    public async Task At_low_there_is_no_alert_step_and_confirm_is_open()
    {
        var panel = await RenderAsync(new DecisionForm
        {
            AllUsersBlocked = false, AffectedParticipantsCouldNotTakePart = false, PlannedFixAt = new DateTime(2026, 11, 20, 15, 30, 0)
        });

        panel.WaitForAssertion(() => Assert.Contains("Level: low", panel.Find("[data-testid=wizard-level]").TextContent));
        Assert.Empty(panel.FindAll("[data-testid=confirmation-alert-step]"));
        Assert.False(panel.Find("[data-testid=decision-save]").HasAttribute("disabled"));
    }
}
