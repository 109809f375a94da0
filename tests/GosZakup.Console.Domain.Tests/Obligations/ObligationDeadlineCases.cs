using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Obligations;
using static GosZakup.Console.Domain.Tests.Calendar.TestCalendar;

namespace GosZakup.Console.Domain.Tests.Obligations;

/// <summary>The other clocks of the Rules. Rows: why, code, trigger, severity (or none), at, legal limit.</summary>
public class ObligationDeadlineCases
{
    public static TheoryData<string, string, ObligationTrigger, Severity?, string, string> Cases => new()
    {
        { "R2 §8: identifier e-mailed within an hour of calendar time", "id-email", ObligationTrigger.Registered, null, "2026-11-20 18:50", "2026-11-20 19:50" },
        { "R2 §9: two working hours across lunch", "analyse", ObligationTrigger.Registered, null, "2026-11-20 12:00", "2026-11-20 16:00" },
        { "R2 §9: from Friday 18:00 into Saturday", "analyse", ObligationTrigger.Registered, null, "2026-11-20 18:00", "2026-11-21 10:00" },
        { "R2 §11: refutation notice in 30 calendar minutes", "refutation-notice", ObligationTrigger.Refuted, null, "2026-11-20 18:50", "2026-11-20 19:20" },
        { "R2 §14.1: low level notice in 30 minutes", "low-notice", ObligationTrigger.Confirmed, Severity.Low, "2026-11-20 10:00", "2026-11-20 10:30" },
        { "R2 §14.1: again when the planned fix changes", "low-notice", ObligationTrigger.PlannedFixChanged, Severity.Low, "2026-11-20 11:05", "2026-11-20 11:35" },
        { "R2 §15.1: Working Group alerted at once", "wg-alert", ObligationTrigger.Confirmed, Severity.Medium, "2026-11-20 13:10", "2026-11-20 13:10" },
        { "R2 §16.3: main-page notice in 30 minutes, at night too", "announce", ObligationTrigger.Confirmed, Severity.High, "2026-11-22 02:00", "2026-11-22 02:30" },
        { "R2 §15.3: suppliers told within an hour", "supplier-notice", ObligationTrigger.Confirmed, Severity.Medium, "2026-11-20 18:30", "2026-11-20 19:30" },
        { "R2 §16.9: high-level report within one working day", "owner-report", ObligationTrigger.Fixed, Severity.High, "2026-11-20 11:00", "2026-11-21 17:00" },
        { "R2 §17: Act within one working day, from a Friday", "act", ObligationTrigger.SupplierCouldNotBid, null, "2026-11-20 11:00", "2026-11-21 17:00" },
        { "R2 §17: Act published within two working days", "act-publish", ObligationTrigger.SupplierCouldNotBid, null, "2026-11-20 11:00", "2026-11-23 19:00" },
        { "R2 §17: Act on the eve of Independence Day", "act", ObligationTrigger.SupplierCouldNotBid, null, "2026-12-15 11:00", "2026-12-17 19:00" },
        { "R2 §18: security back in three working days over New Year", "security-return", ObligationTrigger.ActPublished, null, "2026-12-30 10:00", "2027-01-05 19:00" },
        { "R2 §19: budget letter in two working days", "budget-letter", ObligationTrigger.SecurityCreditedToBudget, null, "2026-03-20 10:00", "2026-03-26 19:00" },
        { "R2 §20: refund in three working days over 7 and 9 May", "refund", ObligationTrigger.BudgetLetterReceived, null, "2026-05-06 10:00", "2026-05-12 19:00" },
        { "R2 §24: works notice two calendar days before the works", "works-notice", ObligationTrigger.PlannedWorksStart, null, "2026-12-05 22:00", "2026-12-03 22:00" },
        { "R2 §31: complaint answered in two working days from a Saturday", "complaint-answer", ObligationTrigger.ComplaintReceived, null, "2026-11-21 16:00", "2026-11-24 19:00" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Deadline(string why, string code, ObligationTrigger trigger, Severity? severity, string at, string due)
    {
        var plan = ObligationPlanner.Plan(new ObligationEvent(trigger, Astana(at), severity), Instance, ObligationSettings.Default)
            .Single(p => p.Code == code);

        Assert.True(due == Show(plan.DueAt!.Value), $"{why}: {Show(plan.DueAt!.Value)}");
        Assert.Equal(Instance.Version, plan.CalendarVersion);
    }

    [Theory]
    [InlineData(Severity.Low, new[] { "low-notice" })]
    [InlineData(Severity.Medium, new[] { "wg-alert", "announce", "supplier-notice" })]
    [InlineData(Severity.High, new[] { "wg-alert", "announce", "supplier-notice" })]
    public void A_confirmed_level_creates_exactly_its_duties(Severity level, string[] codes)
    {
        var plan = ObligationPlanner.Plan(new ObligationEvent(ObligationTrigger.Confirmed, Astana("2026-11-20 10:00"), level), Instance, ObligationSettings.Default);

        Assert.Equal(codes, plan.Select(p => p.Code));
    }

    [Fact]
    public void A_medium_fix_report_has_no_time_limit()
    {
        var plan = ObligationPlanner.Plan(new ObligationEvent(ObligationTrigger.Fixed, Astana("2026-11-20 10:00"), Severity.Medium), Instance, ObligationSettings.Default);

        var report = plan.Single(p => p.Code == "owner-report");
        Assert.Null(report.DueAt);
        Assert.Equal(Counting.None, report.Counting);
    }

    [Fact]
    public void An_appeal_reported_more_than_an_hour_after_detection_is_flagged_not_refused()
    {
        var plan = ObligationPlanner.Plan(new ObligationEvent(ObligationTrigger.AppealReceived, Astana("2026-11-20 11:30"),
            Channel: AppealChannel.Email, DetectedAt: Astana("2026-11-20 10:00")), Instance, ObligationSettings.Default);

        var late = plan.Single(p => p.Code == "late-report");
        Assert.Equal(ObligationState.MetLate, ObligationStates.At(late.DueAt, late.MetAt, false, Astana("2026-11-20 11:30")));
        Assert.Contains(plan, p => p.Code == "register");
    }

    [Fact]
    public void Warnings_fall_at_half_and_four_fifths_of_the_working_time()
    {
        var plan = ObligationPlanner.Plan(new ObligationEvent(ObligationTrigger.Registered, Astana("2026-11-20 12:00")), Instance, ObligationSettings.Default)
            .Single(p => p.Code == "analyse");

        Assert.Equal("2026-11-20 13:00", Show(plan.Warn50At!.Value)); // 60 of 120 working minutes end as lunch begins
        Assert.Equal("2026-11-20 15:36", Show(plan.Warn80At!.Value)); // 96 minutes
    }

    [Fact]
    public void Outside_hours_the_warnings_run_towards_the_internal_target()
    {
        var plan = ObligationPlanner.Plan(new ObligationEvent(ObligationTrigger.AppealReceived, Astana("2026-11-22 10:00"), Channel: AppealChannel.Email),
            Instance, ObligationSettings.Default).Single();

        Assert.Equal("2026-11-23 09:15", Show(plan.Warn50At!.Value));
        Assert.Equal("2026-11-23 09:24", Show(plan.Warn80At!.Value));
    }

    [Fact]
    public void Every_catalogue_entry_cites_an_R2_clause_and_has_an_owner()
    {
        Assert.All(ObligationCatalogue.All, d => Assert.StartsWith("R2 §", d.Clause));
        Assert.All(ObligationCatalogue.All, d => Assert.True(Staff.StaffRole.IsKnown(d.OwnerRole)));
        Assert.Equal(ObligationCatalogue.All.Count, ObligationCatalogue.All.Select(d => (d.Code, d.Clause)).Distinct().Count());
    }
}
