using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using NodaTime;

namespace GosZakup.Console.Domain.Obligations;

/// <summary>Something happened that may start clocks: the trigger, when, and what the rules need to know.
/// <see cref="InformationAt"/> is when the information about the failure arrived (the appeal's receipt), for the
/// clocks that count from it (R2 §9).</summary>
public sealed record ObligationEvent(
    ObligationTrigger Trigger,
    Instant At,
    Severity? Severity = null,
    AppealChannel? Channel = null,
    Instant? DetectedAt = null,
    Instant? InformationAt = null);

/// <summary>A deadline the planner computed: the legal limit, the internal target where it is earlier, the
/// 50 % and 80 % warnings, and the calendar (name and version) it was computed with.</summary>
public sealed record PlannedObligation(
    ObligationDefinition Definition,
    Instant TriggeredAt,
    Instant? DueAt,
    Instant? TargetAt,
    Counting Counting,
    Instant? Warn50At,
    Instant? Warn80At,
    string CalendarVersion,
    Instant? MetAt = null,
    CalendarName Calendar = CalendarName.ContactCentre)
{
    public string Code => Definition.Code;

    public string Clause => Definition.Clause;

    /// <summary>The calendar to show beside the deadline: only a count of working time depends on one.</summary>
    public CalendarName? CountsOn => Counting == Counting.WorkingTime ? Calendar : null;
}
