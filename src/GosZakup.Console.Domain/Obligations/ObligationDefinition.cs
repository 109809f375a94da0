using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;

namespace GosZakup.Console.Domain.Obligations;

/// <summary>One timed duty of the Rules: which clause, what starts its clock, how its deadline is counted,
/// who owns it and what fulfils it. <see cref="Levels"/> limits it to confirmed failures of those levels.</summary>
/// <param name="Calendar">Whose working days it counts on (the default; <see cref="ObligationSettings.Calendars"/>
/// may reassign it).</param>
/// <param name="CountsFromInformation">The clock starts when the information about the failure arrived (the
/// appeal's receipt, <see cref="ObligationEvent.InformationAt"/>), not at the trigger (R2 §9).</param>
public sealed record ObligationDefinition(
    string Code,
    string Clause,
    IReadOnlySet<ObligationTrigger> Triggers,
    DeadlineRule Rule,
    string OwnerRole,
    string FulfilledBy,
    IReadOnlySet<Severity>? Levels = null,
    bool IsFlagOnly = false,
    CalendarName Calendar = CalendarName.ContactCentre,
    bool CountsFromInformation = false)
{
    /// <summary>Whether the duty is due again each time the planned fix changes ("again on change").</summary>
    public bool RepeatsOnChange => Triggers.Contains(ObligationTrigger.PlannedFixChanged);

    public bool AppliesTo(ObligationTrigger trigger, Severity? severity) =>
        Triggers.Contains(trigger) && (Levels is null || (severity is { } level && Levels.Contains(level)));

    /// <summary>Whether the timer counts working or calendar time: said next to every timer.</summary>
    public Counting Counting => Rule switch
    {
        DeadlineRule.WorkingMinutes or DeadlineRule.WorkingDays or DeadlineRule.Registration => Counting.WorkingTime,
        DeadlineRule.CalendarMinutes or DeadlineRule.CalendarDaysBefore or DeadlineRule.Immediately => Counting.CalendarTime,
        _ => Counting.None,
    };
}
