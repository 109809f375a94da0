using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Staff;
using static GosZakup.Console.Domain.Obligations.ObligationTrigger;

namespace GosZakup.Console.Domain.Obligations;

/// <summary>Every timed duty of the Rules, one entry each (codes are stable: stored obligations and
/// resources refer to them). Where a clause gives a time without "working", calendar time is counted:
/// the stricter reading (rules.md, notes).</summary>
public static class ObligationCatalogue
{
    private static readonly HashSet<Severity> Low = [Severity.Low];
    private static readonly HashSet<Severity> Medium = [Severity.Medium];
    private static readonly HashSet<Severity> High = [Severity.High];
    private static readonly HashSet<Severity> MediumOrHigh = [Severity.Medium, Severity.High];

    public static ObligationDefinition LateReport { get; } = new("late-report", "R2 §6.1", Set(FailureDetected),
        new DeadlineRule.CalendarMinutes(60), StaffRole.Operator, "the user reports within 1 hour of detecting the failure; a later report is flagged, never refused", IsFlagOnly: true);

    public static ObligationDefinition Register { get; } = new("register", "R2 §7", Set(AppealReceived),
        new DeadlineRule.Registration(), StaffRole.Operator, "the appeal is registered in the Register Journal (form F1)");

    public static ObligationDefinition IdEmail { get; } = new("id-email", "R2 §8", Set(Registered),
        new DeadlineRule.CalendarMinutes(60), StaffRole.Operator, "the incident's unique identifier is e-mailed to the user");

    public static ObligationDefinition Analyse { get; } = new("analyse", "R2 §9", Set(Registered),
        new DeadlineRule.WorkingMinutes(120, PauseForLunch: true), StaffRole.Specialist, "the failure is confirmed or refuted");

    public static ObligationDefinition RefutationNotice { get; } = new("refutation-notice", "R2 §11", Set(Refuted),
        new DeadlineRule.CalendarMinutes(30), StaffRole.Operator, "the user is told of the refutation, with the evidence");

    public static ObligationDefinition LowNotice { get; } = new("low-notice", "R2 §14.1", Set(Confirmed, PlannedFixChanged),
        new DeadlineRule.CalendarMinutes(30), StaffRole.Operator, "the user is told the level and the planned fix time", Low);

    public static ObligationDefinition WorkingGroupAlert { get; } = new("wg-alert", "R2 §15.1, §16.1, §25", Set(Confirmed),
        new DeadlineRule.Immediately(), StaffRole.Operator, "the Working Group is alerted in writing, by e-mail and by phone", MediumOrHigh);

    public static ObligationDefinition Announce { get; } = new("announce", "R2 §15.2, §16.3", Set(Confirmed, PlannedFixChanged),
        new DeadlineRule.CalendarMinutes(30), StaffRole.Operator, "the failure, level, planned fix and extension are posted on the portal's main page", MediumOrHigh);

    /// <summary>§16 obliges at high level everything medium does, this notice included.</summary>
    public static ObligationDefinition SupplierNotice { get; } = new("supplier-notice", "R2 §15.3, §16", Set(Confirmed, PlannedFixChanged),
        new DeadlineRule.CalendarMinutes(60), StaffRole.Operator, "the reporting user and every potential supplier of the affected procurements are told", MediumOrHigh);

    public static ObligationDefinition FixNotice { get; } = new("fix-notice", "R2 §14.3, §15.8, §16.8", Set(Fixed),
        new DeadlineRule.Immediately(), StaffRole.Operator, "the user (and, at medium and high, every supplier) is told of the fix");

    public static ObligationDefinition OwnerReportMedium { get; } = new("owner-report", "R2 §15.9", Set(Fixed),
        new DeadlineRule.Untimed(), StaffRole.Supervisor, "a written report to the Owner and the Working Group: cause, measures, result, prevention", Medium);

    public static ObligationDefinition OwnerReportHigh { get; } = new("owner-report", "R2 §16.9", Set(Fixed),
        new DeadlineRule.WorkingDays(1), StaffRole.Supervisor, "a written report to the Owner and the Working Group: cause, measures, result, prevention", High);

    public static ObligationDefinition Act { get; } = new("act", "R2 §17", Set(SupplierCouldNotBid),
        new DeadlineRule.WorkingDays(1), StaffRole.Operator, "the Act (form F2) is drawn up");

    public static ObligationDefinition ActPublish { get; } = new("act-publish", "R2 §17", Set(SupplierCouldNotBid),
        new DeadlineRule.WorkingDays(2), StaffRole.Supervisor, "the failure, procurement, lots, a link to the Act and the suppliers are posted on the main page");

    public static ObligationDefinition SecurityReturn { get; } = new("security-return", "R2 §18", Set(ActPublished),
        new DeadlineRule.WorkingDays(3), StaffRole.Operator, "the organiser returns the supplier's application security");

    public static ObligationDefinition BudgetLetter { get; } = new("budget-letter", "R2 §19", Set(SecurityCreditedToBudget),
        new DeadlineRule.WorkingDays(2), StaffRole.Operator, "the organiser sends the operator the letter with form F3");

    public static ObligationDefinition Refund { get; } = new("refund", "R2 §20", Set(BudgetLetterReceived),
        new DeadlineRule.WorkingDays(3), StaffRole.Supervisor, "the operator refunds the security from its own funds and tells the supplier the same day");

    public static ObligationDefinition WorksNotice { get; } = new("works-notice", "R2 §24", Set(PlannedWorksStart),
        new DeadlineRule.CalendarDaysBefore(2), StaffRole.Operator, "users are told of the planned works");

    public static ObligationDefinition ComplaintAnswer { get; } = new("complaint-answer", "R2 §31", Set(ComplaintReceived),
        new DeadlineRule.WorkingDays(2), StaffRole.Supervisor, "the Working Group's complaint is answered: priority, causes, fix dates");

    public static IReadOnlyList<ObligationDefinition> All { get; } =
    [
        LateReport, Register, IdEmail, Analyse, RefutationNotice, LowNotice, WorkingGroupAlert, Announce, SupplierNotice,
        FixNotice, OwnerReportMedium, OwnerReportHigh, Act, ActPublish, SecurityReturn, BudgetLetter, Refund, WorksNotice, ComplaintAnswer,
    ];

    private static HashSet<ObligationTrigger> Set(params ObligationTrigger[] triggers) => [.. triggers];
}
