using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Staff;
using static GosZakup.Console.Domain.Obligations.ObligationTrigger;

namespace GosZakup.Console.Domain.Obligations;

/// <summary>Every timed duty of the Rules, one entry each (codes are stable: stored obligations and
/// resources refer to them). Where a clause gives a time without "working", calendar time is counted:
/// the stricter reading (rules.md, notes). Each entry names the calendar it counts on: the contact centre's own
/// duties (R2 §7-§16 and their notices) its six-day week; the organiser's, the treasury's and the Owner's duties
/// (R2 §18-§20) and the operator's office duties (R2 §16.9, §17, §31) the state's five-day week.</summary>
public static class ObligationCatalogue
{
    private static readonly HashSet<Severity> Low = [Severity.Low];
    private static readonly HashSet<Severity> Medium = [Severity.Medium];
    private static readonly HashSet<Severity> High = [Severity.High];
    private static readonly HashSet<Severity> MediumOrHigh = [Severity.Medium, Severity.High];

    public static ObligationDefinition LateReport { get; } = new("late-report", "R2 §6.1", Set(FailureDetected),
        new DeadlineRule.CalendarMinutes(60), StaffRole.Operator,
        "the user reports within 1 hour of detecting the failure; a later report is flagged, never refused", IsFlagOnly: true);

    public static ObligationDefinition Register { get; } = new("register", "R2 §7", Set(AppealReceived),
        new DeadlineRule.Registration(), StaffRole.Operator, "the appeal is registered in the Register Journal (form F1)");

    public static ObligationDefinition IdEmail { get; } = new("id-email", "R2 §8", Set(Registered),
        new DeadlineRule.CalendarMinutes(60), StaffRole.Operator, "the incident's unique identifier is e-mailed to the user");

    /// <summary>"When there is information about a failure": the two working hours count from the appeal's receipt.</summary>
    public static ObligationDefinition Analyse { get; } = new("analyse", "R2 §9", Set(Registered),
        new DeadlineRule.WorkingMinutes(120, PauseForLunch: true), StaffRole.Specialist, "the failure is confirmed or refuted",
        CountsFromInformation: true);

    public static ObligationDefinition RefutationNotice { get; } = new("refutation-notice", "R2 §11", Set(Refuted),
        new DeadlineRule.CalendarMinutes(30), StaffRole.Operator, "the user is told of the refutation, with the evidence");

    public static ObligationDefinition LowNotice { get; } = new("low-notice", "R2 §14.1", Set(Confirmed, PlannedFixChanged),
        new DeadlineRule.CalendarMinutes(30), StaffRole.Operator, "the user is told the level and the planned fix time", Low);

    /// <summary>R2 §25: "in order to confirm" a medium or high failure, so before the confirmation, the Owner's unit for
    /// informatisation and information security and the Working Group are alerted; the WG's information-security
    /// members then take part in confirming or refuting it.</summary>
    public static ObligationDefinition ConfirmationAlert { get; } = new("confirmation-alert", "R2 §25", Set(SevereFailureSuspected),
        new DeadlineRule.Immediately(), StaffRole.Specialist,
        "the Owner's informatisation and information-security unit and the Working Group are alerted in writing, " +
        "by e-mail and by phone, before the confirmation");

    public static ObligationDefinition WorkingGroupAlert { get; } = new("wg-alert", "R2 §15.1, §16.1", Set(Confirmed),
        new DeadlineRule.Immediately(), StaffRole.Operator, "the Working Group is alerted in writing, by e-mail and by phone", MediumOrHigh);

    public static ObligationDefinition Announce { get; } = new("announce", "R2 §15.2, §16.3", Set(Confirmed, PlannedFixChanged),
        new DeadlineRule.CalendarMinutes(30), StaffRole.Operator,
        "the failure, level, planned fix and extension are posted on the portal's main page", MediumOrHigh);

    /// <summary>Medium only: R2 §16 is its own list and has no one-hour notice to every supplier.</summary>
    public static ObligationDefinition SupplierNotice { get; } = new("supplier-notice", "R2 §15.3", Set(Confirmed, PlannedFixChanged),
        new DeadlineRule.CalendarMinutes(60), StaffRole.Operator,
        "the reporting user and every potential supplier of the affected procurements are told", Medium);

    public static ObligationDefinition FixNotice { get; } = new("fix-notice", "R2 §14.3, §15.8, §16.8", Set(Fixed),
        new DeadlineRule.Immediately(), StaffRole.Operator, "the user is told of the fix (at medium, every supplier too; at high, the main page)");

    public static ObligationDefinition OwnerReportMedium { get; } = new("owner-report", "R2 §15.9", Set(Fixed),
        new DeadlineRule.Untimed(), StaffRole.Supervisor, "a written report to the Owner and the Working Group: cause, measures, result, prevention", Medium);

    public static ObligationDefinition OwnerReportHigh { get; } = new("owner-report", "R2 §16.9", Set(Fixed),
        new DeadlineRule.WorkingDays(1), StaffRole.Supervisor, "a written report to the Owner and the Working Group: cause, measures, result, prevention", High,
        Calendar: CalendarName.State);

    public static ObligationDefinition Act { get; } = new("act", "R2 §17", Set(SupplierCouldNotBid),
        new DeadlineRule.WorkingDays(1), StaffRole.Operator, "the Act (form F2) is drawn up", Calendar: CalendarName.State);

    public static ObligationDefinition ActPublish { get; } = new("act-publish", "R2 §17", Set(SupplierCouldNotBid),
        new DeadlineRule.WorkingDays(2), StaffRole.Supervisor,
        "the failure, procurement, lots, a link to the Act and the suppliers are posted on the main page",
        Calendar: CalendarName.State);

    public static ObligationDefinition SecurityReturn { get; } = new("security-return", "R2 §18", Set(ActPublished),
        new DeadlineRule.WorkingDays(3), StaffRole.Operator, "the organiser returns the supplier's application security",
        Calendar: CalendarName.State);

    public static ObligationDefinition BudgetLetter { get; } = new("budget-letter", "R2 §19", Set(SecurityCreditedToBudget),
        new DeadlineRule.WorkingDays(2), StaffRole.Operator, "the organiser sends the operator the letter with form F3",
        Calendar: CalendarName.State);

    public static ObligationDefinition Refund { get; } = new("refund", "R2 §20", Set(BudgetLetterReceived),
        new DeadlineRule.WorkingDays(3), StaffRole.Supervisor, "the operator refunds the security from its own funds and tells the supplier the same day",
        Calendar: CalendarName.State);

    public static ObligationDefinition WorksNotice { get; } = new("works-notice", "R2 §24", Set(PlannedWorksStart),
        new DeadlineRule.CalendarDaysBefore(2), StaffRole.Operator, "users are told of the planned works");

    public static ObligationDefinition ComplaintAnswer { get; } = new("complaint-answer", "R2 §31", Set(ComplaintReceived),
        new DeadlineRule.WorkingDays(2), StaffRole.Supervisor, "the Working Group's complaint is answered: priority, causes, fix dates",
        Calendar: CalendarName.State);

    /// <summary>R1 §13, R2 §16.6: under force majeure the Owner and the portal's users are told at once, in writing, of
    /// its expected effect and end; met by sending the notice from the console.</summary>
    public static ObligationDefinition ForceMajeureNotice { get; } = new("force-majeure-notice", "R1 §13, R2 §16.6", Set(ForceMajeureRecorded),
        new DeadlineRule.Immediately(), StaffRole.Supervisor,
        "the Owner and the users are told at once, in writing, of the force majeure's expected effect and end");

    public static IReadOnlyList<ObligationDefinition> All { get; } =
    [
        LateReport, Register, IdEmail, Analyse, RefutationNotice, ConfirmationAlert, LowNotice, WorkingGroupAlert, Announce, SupplierNotice,
        FixNotice, OwnerReportMedium, OwnerReportHigh, Act, ActPublish, SecurityReturn, BudgetLetter, Refund, WorksNotice, ComplaintAnswer,
        ForceMajeureNotice,
    ];

    /// <summary>The entry a stored obligation was planned from: by code, and for a code shared by levels (the owner
    /// report, R2 §15.9 and §16.9) by the level. Clauses may be corrected; codes are stable.</summary>
    public static ObligationDefinition? Find(string code, Severity? level) =>
        All.Where(d => d.Code == code).OrderBy(d => d.Levels is null ? 1 : 0)
            .FirstOrDefault(d => d.Levels is null || (level is { } l && d.Levels.Contains(l)));

    /// <summary>Whether the duty's clause says "immediately" (its limit is the short grace of the settings).</summary>
    public static bool IsImmediate(string code) => All.Any(d => d.Code == code && d.Rule is DeadlineRule.Immediately);

    private static HashSet<ObligationTrigger> Set(params ObligationTrigger[] triggers) => [.. triggers];
}
