using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Obligations;
using static GosZakup.Console.Domain.Tests.Calendar.TestCalendar;

namespace GosZakup.Console.Domain.Tests.Incidents;

/// <summary>What confirming at each level sets off, on the test calendar, confirmed on Friday 2026-11-20 at 10:00.</summary>
public class SeverityPreviewTests
{
    private const string ConfirmedAt = "2026-11-20 10:00";

    private static SeverityPreview Preview(Severity level, string? plannedFix = null) =>
        SeverityWizard.Preview(level, Astana(ConfirmedAt), plannedFix is null ? null : Astana(plannedFix), Both, ObligationSettings.Default);

    private static string DueOf(IEnumerable<PlannedObligation> plan, string code) => Show(plan.Single(p => p.Code == code).DueAt!.Value);

    [Fact]
    public void Low_tells_the_user_within_30_minutes_and_alerts_no_one_else()
    {
        var preview = Preview(Severity.Low);

        Assert.Equal(["low-notice"], preview.OnConfirmation.Select(p => p.Code));
        Assert.Equal("2026-11-20 10:30", DueOf(preview.OnConfirmation, "low-notice"));
        Assert.False(preview.AlertsWorkingGroup);
        Assert.False(preview.AnnouncesOnMainPage);
        Assert.False(preview.NotifiesSuppliers);
    }

    [Fact]
    public void Low_moves_no_deadline()
    {
        var preview = Preview(Severity.Low);

        Assert.False(preview.ExtendsDeadlines);
        Assert.Equal(ExtensionScope.None, preview.Extension);
    }

    [Fact]
    public void Medium_alerts_the_Working_Group_within_the_grace_and_announces_within_30_minutes()
    {
        var preview = Preview(Severity.Medium);

        Assert.True(preview.AlertsWorkingGroup);
        Assert.True(preview.AnnouncesOnMainPage);
        Assert.Equal("2026-11-20 10:05", DueOf(preview.OnConfirmation, "wg-alert"));
        Assert.Equal("2026-11-20 10:30", DueOf(preview.OnConfirmation, "announce"));
    }

    [Fact]
    public void Medium_tells_the_suppliers_within_an_hour_and_extends_the_affected_procurements()
    {
        var preview = Preview(Severity.Medium);

        Assert.True(preview.NotifiesSuppliers);
        Assert.Equal("2026-11-20 11:00", DueOf(preview.OnConfirmation, "supplier-notice"));
        Assert.Equal(ExtensionScope.AffectedProcurements, preview.Extension);
        Assert.True(preview.ExtendsDeadlines);
    }

    [Fact]
    public void High_is_its_own_list_without_the_one_hour_supplier_notice_and_extends_the_whole_module()
    {
        var preview = Preview(Severity.High);

        Assert.Equal(["wg-alert", "announce"], preview.OnConfirmation.Select(p => p.Code));
        Assert.True(preview.AlertsWorkingGroup && preview.AnnouncesOnMainPage);
        Assert.False(preview.NotifiesSuppliers); // R2 §16 has no §15.3
        Assert.Equal(ExtensionScope.WholeModule, preview.Extension);
    }

    [Fact]
    public void High_owner_report_is_due_one_working_day_after_the_planned_fix()
    {
        var preview = Preview(Severity.High, plannedFix: "2026-11-20 11:00");

        Assert.Equal("2026-11-23 18:30", DueOf(preview.OnPlannedFix, "owner-report")); // the state's five-day week: Monday (R2 §16.9)
        Assert.Equal("2026-11-20 11:05", DueOf(preview.OnPlannedFix, "fix-notice")); // at once: within the 5-minute grace
    }

    [Fact]
    public void Medium_owner_report_after_the_fix_has_no_time_limit()
    {
        var report = Preview(Severity.Medium, plannedFix: "2026-11-20 11:00").OnPlannedFix.Single(p => p.Code == "owner-report");

        Assert.Null(report.DueAt);
    }

    [Fact]
    public void Without_a_planned_fix_only_the_confirmation_duties_are_shown()
    {
        var preview = Preview(Severity.High);

        Assert.Empty(preview.OnPlannedFix);
        Assert.Equal(preview.OnConfirmation, preview.All);
    }

    [Fact]
    public void The_preview_is_the_planner_own_plan_on_the_given_calendar()
    {
        var preview = Preview(Severity.Medium, plannedFix: "2026-11-20 12:00");

        Assert.All(preview.All, p => Assert.Equal(Both.For(p.Calendar).Version, p.CalendarVersion));
        Assert.All(preview.OnConfirmation, p => Assert.Equal(Astana(ConfirmedAt), p.TriggeredAt));
        Assert.All(preview.OnPlannedFix, p => Assert.Equal(Astana("2026-11-20 12:00"), p.TriggeredAt));
    }

    [Fact]
    public void A_planned_fix_before_the_confirmation_is_a_caller_bug()
    {
        Assert.Throws<ArgumentException>(() => Preview(Severity.Low, plannedFix: "2026-11-20 09:59"));
    }
}
