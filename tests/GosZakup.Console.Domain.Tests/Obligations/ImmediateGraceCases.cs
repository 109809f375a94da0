using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Obligations;
using static GosZakup.Console.Domain.Tests.Calendar.TestCalendar;

namespace GosZakup.Console.Domain.Tests.Obligations;

/// <summary>"Immediately" duties (R2 §14.3, §15.1, §15.8, §16.1, §16.6, §16.8, §25) are due within the configured grace
/// of calendar time, the time it takes to act. Rows: why, code, trigger, severity, grace in minutes, at, legal limit.</summary>
public class ImmediateGraceCases
{
    public static TheoryData<string, string, ObligationTrigger, Severity?, int, string, string> Cases => new()
    {
        { "R2 §15.1: the Working Group within the default 5 minutes",
            "wg-alert", ObligationTrigger.Confirmed, Severity.Medium, 5, "2026-11-20 13:10", "2026-11-20 13:15" },
        { "R2 §16.1: high, a grace of 10 minutes", "wg-alert", ObligationTrigger.Confirmed, Severity.High, 10, "2026-11-20 13:10", "2026-11-20 13:20" },
        { "R2 §16.1: calendar time, across midnight on a Sunday",
            "wg-alert", ObligationTrigger.Confirmed, Severity.High, 5, "2026-11-22 23:58", "2026-11-23 00:03" },
        { "R2 §16.1: in the lunch break the grace is not paused",
            "wg-alert", ObligationTrigger.Confirmed, Severity.High, 5, "2026-11-20 13:00", "2026-11-20 13:05" },
        { "R2 §25: before the confirmation, 5 minutes",
            "confirmation-alert", ObligationTrigger.SevereFailureSuspected, null, 5, "2026-11-21 18:40", "2026-11-21 18:45" },
        { "R2 §14.3: the fix told within the grace", "fix-notice", ObligationTrigger.Fixed, Severity.Low, 5, "2026-11-20 17:00", "2026-11-20 17:05" },
        { "R1 §13, R2 §16.6: force majeure, a grace of 15 minutes",
            "force-majeure-notice", ObligationTrigger.ForceMajeureRecorded, null, 15, "2026-11-22 04:00", "2026-11-22 04:15" },
        { "a grace of 0 keeps the literal reading: due at the trigger",
            "wg-alert", ObligationTrigger.Confirmed, Severity.Medium, 0, "2026-11-20 13:10", "2026-11-20 13:10" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void An_immediate_duty_is_due_within_the_grace(string why, string code, ObligationTrigger trigger, Severity? severity, int grace, string at,
        string due)
    {
        var settings = ObligationSettings.Default with { ImmediateGraceMinutes = grace };

        var plan = ObligationPlanner.Plan(new ObligationEvent(trigger, Astana(at), severity), Both, settings).Single(p => p.Code == code);

        Assert.True(due == Show(plan.DueAt!.Value), $"{why}: {Show(plan.DueAt!.Value)}");
        Assert.Equal(Counting.CalendarTime, plan.Counting);
    }

    [Fact]
    public void An_immediate_duty_is_not_chased_within_its_grace_its_warnings_fall_on_its_limit()
    {
        var plan = ObligationPlanner.Plan(new ObligationEvent(ObligationTrigger.Confirmed, Astana("2026-11-20 13:10"), Severity.Medium),
            Both, ObligationSettings.Default)
            .Single(p => p.Code == "wg-alert");

        Assert.Equal(("2026-11-20 13:15", "2026-11-20 13:15"), (Show(plan.Warn50At!.Value), Show(plan.Warn80At!.Value)));
    }

    [Fact]
    public void The_grace_moves_no_other_duty()
    {
        var settings = ObligationSettings.Default with { ImmediateGraceMinutes = 30 };
        var at = new ObligationEvent(ObligationTrigger.Confirmed, Astana("2026-11-20 10:00"), Severity.Medium);

        var withGrace = ObligationPlanner.Plan(at, Both, settings).Where(p => p.Code != "wg-alert").Select(p => p.DueAt);
        var without = ObligationPlanner.Plan(at, Both, ObligationSettings.Default).Where(p => p.Code != "wg-alert").Select(p => p.DueAt);

        Assert.Equal(without, withGrace);
    }

    [Theory]
    [InlineData("wg-alert", true)]
    [InlineData("confirmation-alert", true)]
    [InlineData("fix-notice", true)]
    [InlineData("force-majeure-notice", true)]
    [InlineData("announce", false)]
    [InlineData("register", false)]
    public void The_catalogue_says_which_duties_are_immediate(string code, bool immediate) =>
        Assert.Equal(immediate, ObligationCatalogue.IsImmediate(code));
}
