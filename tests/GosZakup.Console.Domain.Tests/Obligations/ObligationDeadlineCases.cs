using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Obligations;
using static GosZakup.Console.Domain.Tests.Calendar.TestCalendar;

namespace GosZakup.Console.Domain.Tests.Obligations;

/// <summary>The other clocks of the Rules. Rows: why, code, trigger, severity (or none), at, legal limit.</summary>
public class ObligationDeadlineCases
{
    public static TheoryData<string, string, ObligationTrigger, Severity?, string, string> Cases => new()
    {
        { "R2 §8: identifier e-mailed within an hour of calendar time",
            "id-email", ObligationTrigger.Registered, null, "2026-11-20 18:50", "2026-11-20 19:50" },
        { "R2 §9: two working hours across lunch", "analyse", ObligationTrigger.Registered, null, "2026-11-20 12:00", "2026-11-20 16:00" },
        { "R2 §9: from Friday 18:00 into Saturday", "analyse", ObligationTrigger.Registered, null, "2026-11-20 18:00", "2026-11-21 10:00" },
        { "R2 §11: refutation notice in 30 calendar minutes", "refutation-notice", ObligationTrigger.Refuted, null, "2026-11-20 18:50", "2026-11-20 19:20" },
        { "R2 §14.1: low level notice in 30 minutes", "low-notice", ObligationTrigger.Confirmed, Severity.Low, "2026-11-20 10:00", "2026-11-20 10:30" },
        { "R2 §14.1: again when the planned fix changes",
            "low-notice", ObligationTrigger.PlannedFixChanged, Severity.Low, "2026-11-20 11:05", "2026-11-20 11:35" },
        { "R2 §15.1: Working Group alerted at once: within the 5-minute grace",
            "wg-alert", ObligationTrigger.Confirmed, Severity.Medium, "2026-11-20 13:10", "2026-11-20 13:15" },
        { "R2 §16.3: main-page notice in 30 minutes, at night too",
            "announce", ObligationTrigger.Confirmed, Severity.High, "2026-11-22 02:00", "2026-11-22 02:30" },
        { "R2 §15.3: suppliers told within an hour", "supplier-notice", ObligationTrigger.Confirmed, Severity.Medium, "2026-11-20 18:30", "2026-11-20 19:30" },
        { "R2 §16.9 (state): report from a Friday fix: Monday, not Saturday",
            "owner-report", ObligationTrigger.Fixed, Severity.High, "2026-11-20 11:00", "2026-11-23 18:30" },
        { "R2 §16.9 (state): report from a fix on the eve of Nauryz: after the five-day transfers",
            "owner-report", ObligationTrigger.Fixed, Severity.High, "2026-03-20 18:00", "2026-03-26 18:30" },
        { "R2 §17 (state): Act within one working day, from a Friday",
            "act", ObligationTrigger.SupplierCouldNotBid, null, "2026-11-20 11:00", "2026-11-23 18:30" },
        { "R2 §17 (state): Act published within two working days",
            "act-publish", ObligationTrigger.SupplierCouldNotBid, null, "2026-11-20 11:00", "2026-11-24 18:30" },
        { "R2 §17 (state): Act on the eve of Independence Day", "act", ObligationTrigger.SupplierCouldNotBid, null, "2026-12-15 11:00", "2026-12-17 18:30" },
        { "R2 §17 (state): Act on 31 December: 4 January is the day off for 2 January",
            "act", ObligationTrigger.SupplierCouldNotBid, null, "2026-12-31 11:00", "2027-01-05 18:30" },
        { "R2 §17 (state): publication over 25 October moved to 26",
            "act-publish", ObligationTrigger.SupplierCouldNotBid, null, "2026-10-23 12:00", "2026-10-28 18:30" },
        { "R2 §18 (state): security back in three working days over New Year",
            "security-return", ObligationTrigger.ActPublished, null, "2026-12-30 10:00", "2027-01-06 18:30" },
        { "R2 §18 (state): from a Friday the three days skip Saturday",
            "security-return", ObligationTrigger.ActPublished, null, "2026-11-20 10:00", "2026-11-25 18:30" },
        { "R2 §18 (state): over Nauryz, 21→24 and 22→25 March",
            "security-return", ObligationTrigger.ActPublished, null, "2026-03-19 10:00", "2026-03-27 18:30" },
        { "R2 §18 (state): 9 May on a Saturday gives 11 May off (five-day only)",
            "security-return", ObligationTrigger.ActPublished, null, "2026-05-08 12:00", "2026-05-14 18:30" },
        { "R2 §18 (state): from 29 February 2024 (UTC+6) into UTC+5",
            "security-return", ObligationTrigger.ActPublished, null, "2024-02-29 10:00", "2024-03-05 18:30" },
        { "R2 §19 (state): budget letter in two working days over Nauryz",
            "budget-letter", ObligationTrigger.SecurityCreditedToBudget, null, "2026-03-20 10:00", "2026-03-27 18:30" },
        { "R2 §19 (state): a Saturday made working in the five-day week counts (synthetic)",
            "budget-letter", ObligationTrigger.SecurityCreditedToBudget, null, "2026-12-11 10:00", "2026-12-14 18:30" },
        { "R2 §20 (state): refund in three working days over 7, 9 and 11 May",
            "refund", ObligationTrigger.BudgetLetterReceived, null, "2026-05-06 10:00", "2026-05-13 18:30" },
        { "R2 §20 (state): refund over Independence Day", "refund", ObligationTrigger.BudgetLetterReceived, null, "2026-12-14 15:00", "2026-12-18 18:30" },
        { "R2 §24: works notice two calendar days before the works",
            "works-notice", ObligationTrigger.PlannedWorksStart, null, "2026-12-05 22:00", "2026-12-03 22:00" },
        { "R2 §31 (state): complaint answered in two working days from a Saturday",
            "complaint-answer", ObligationTrigger.ComplaintReceived, null, "2026-11-21 16:00", "2026-11-24 18:30" },
        { "R2 §31 (state): complaint on a Friday evening",
            "complaint-answer", ObligationTrigger.ComplaintReceived, null, "2026-11-20 20:00", "2026-11-24 18:30" },
        { "R2 §25: alert before the confirmation, at once, on a Saturday evening",
            "confirmation-alert", ObligationTrigger.SevereFailureSuspected, null, "2026-11-21 18:40", "2026-11-21 18:45" },
        { "R1 §13, R2 §16.6: force majeure told at once, on a Sunday night",
            "force-majeure-notice", ObligationTrigger.ForceMajeureRecorded, null, "2026-11-22 04:00", "2026-11-22 04:05" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Deadline(string why, string code, ObligationTrigger trigger, Severity? severity, string at, string due)
    {
        var plan = ObligationPlanner.Plan(new ObligationEvent(trigger, Astana(at), severity), Both, ObligationSettings.Default)
            .Single(p => p.Code == code);

        Assert.True(due == Show(plan.DueAt!.Value), $"{why}: {Show(plan.DueAt!.Value)}");
        Assert.Equal(Both.For(plan.Definition.Calendar).Version, plan.CalendarVersion);
    }

    [Theory]
    [InlineData(Severity.Low, new[] { "low-notice" })]
    [InlineData(Severity.Medium, new[] { "wg-alert", "announce", "supplier-notice" })]
    [InlineData(Severity.High, new[] { "wg-alert", "announce" })]
    public void A_confirmed_level_creates_exactly_its_duties(Severity level, string[] codes)
    {
        var plan = ObligationPlanner.Plan(new ObligationEvent(ObligationTrigger.Confirmed, Astana("2026-11-20 10:00"), level),
            Both, ObligationSettings.Default);

        Assert.Equal(codes, plan.Select(p => p.Code));
    }

    /// <summary>R2 §9: "when there is information about a failure" the two working hours of analysis count from the
    /// appeal's receipt, not from its registration. Rows: why, received, registered, legal limit.</summary>
    public static TheoryData<string, string, string, string> AnalysisCases => new()
    {
        { "received 10:00, registered 10:25: due 12:00, not 12:25", "2026-11-20 10:00", "2026-11-20 10:25", "2026-11-20 12:00" },
        { "received in lunch, registered after it", "2026-11-20 13:10", "2026-11-20 15:20", "2026-11-20 17:00" },
        { "received Friday 19:30, registered Saturday 09:20: Saturday 11:00", "2026-11-20 19:30", "2026-11-21 09:20", "2026-11-21 11:00" },
        { "received Saturday 16:00: one hour on Saturday, one on Monday", "2026-11-21 16:00", "2026-11-21 16:20", "2026-11-23 10:00" },
        { "received on 31 December at 18:00: the hour left, then 4 January", "2026-12-31 18:00", "2026-12-31 18:25", "2027-01-04 10:00" },
        { "received on 29 February 2024 at 18:30 (UTC+6): finished on 1 March (UTC+5)", "2024-02-29 18:30", "2024-02-29 18:50", "2024-03-01 10:30" },
    };

    [Theory]
    [MemberData(nameof(AnalysisCases))]
    public void Analysis_counts_from_the_appeals_receipt(string why, string received, string registered, string due)
    {
        var plan = ObligationPlanner.Plan(new ObligationEvent(ObligationTrigger.Registered, Astana(registered), InformationAt: Astana(received)),
            Both, ObligationSettings.Default).Single(p => p.Code == "analyse");

        Assert.True(due == Show(plan.DueAt!.Value), $"{why}: {Show(plan.DueAt!.Value)}");
        Assert.Equal(Astana(received), plan.TriggeredAt);
    }

    [Fact]
    public void The_state_bodies_duties_count_on_the_state_calendar_and_the_rest_on_the_contact_centres()
    {
        string[] state = ["owner-report@High", "act", "act-publish", "security-return", "budget-letter", "refund", "complaint-answer"];

        var onState = ObligationCatalogue.All.Where(d => d.Calendar == CalendarName.State)
            .Select(d => d.Levels is { Count: 1 } one ? $"{d.Code}@{one.Single()}" : d.Code);

        Assert.Equal(state.Order(), onState.Order());
    }

    [Fact]
    public void A_setting_moves_a_duty_to_the_other_calendar()
    {
        var settings = ObligationSettings.Default with
        {
            Calendars = new Dictionary<string, CalendarName> { ["security-return"] = CalendarName.ContactCentre },
        };

        var plan = ObligationPlanner.Plan(new ObligationEvent(ObligationTrigger.ActPublished, Astana("2026-11-20 10:00")), Both, settings).Single();

        Assert.Equal(("2026-11-24 19:00", CalendarName.ContactCentre, Instance.Version), (Show(plan.DueAt!.Value), plan.Calendar, plan.CalendarVersion));
    }

    [Fact]
    public void A_medium_fix_report_has_no_time_limit()
    {
        var plan = ObligationPlanner.Plan(new ObligationEvent(ObligationTrigger.Fixed, Astana("2026-11-20 10:00"), Severity.Medium),
            Both, ObligationSettings.Default);

        var report = plan.Single(p => p.Code == "owner-report");
        Assert.Null(report.DueAt);
        Assert.Equal(Counting.None, report.Counting);
    }

    [Fact]
    public void An_appeal_reported_more_than_an_hour_after_detection_is_flagged_not_refused()
    {
        var plan = ObligationPlanner.Plan(new ObligationEvent(ObligationTrigger.AppealReceived, Astana("2026-11-20 11:30"),
            Channel: AppealChannel.Email, DetectedAt: Astana("2026-11-20 10:00")), Both, ObligationSettings.Default);

        var late = plan.Single(p => p.Code == "late-report");
        Assert.Equal(ObligationState.MetLate, ObligationStates.At(late.DueAt, late.MetAt, false, Astana("2026-11-20 11:30")));
        Assert.Contains(plan, p => p.Code == "register");
    }

    [Fact]
    public void Warnings_fall_at_half_and_four_fifths_of_the_working_time()
    {
        var plan = ObligationPlanner.Plan(new ObligationEvent(ObligationTrigger.Registered, Astana("2026-11-20 12:00")), Both, ObligationSettings.Default)
            .Single(p => p.Code == "analyse");

        Assert.Equal("2026-11-20 13:00", Show(plan.Warn50At!.Value)); // 60 of 120 working minutes end as lunch begins
        Assert.Equal("2026-11-20 15:36", Show(plan.Warn80At!.Value)); // 96 minutes
    }

    [Fact]
    public void Outside_hours_the_warnings_run_towards_the_internal_target()
    {
        var plan = ObligationPlanner.Plan(new ObligationEvent(ObligationTrigger.AppealReceived, Astana("2026-11-22 10:00"), Channel: AppealChannel.Email),
            Both, ObligationSettings.Default).Single();

        Assert.Equal("2026-11-23 09:15", Show(plan.Warn50At!.Value));
        Assert.Equal("2026-11-23 09:24", Show(plan.Warn80At!.Value));
    }

    [Fact]
    public void Every_catalogue_entry_cites_an_R2_clause_and_has_an_owner()
    {
        Assert.All(ObligationCatalogue.All, d => Assert.Matches(@"^R[12] §", d.Clause));
        Assert.All(ObligationCatalogue.All, d => Assert.True(Staff.StaffRole.IsKnown(d.OwnerRole)));
        Assert.Equal(ObligationCatalogue.All.Count, ObligationCatalogue.All.Select(d => (d.Code, d.Clause)).Distinct().Count());
    }
}
