using GosZakup.Console.Domain.Incidents;
using NodaTime;

namespace GosZakup.Console.Domain.Obligations;

/// <summary>Something happened that may start clocks: the trigger, when, and what the rules need to know.</summary>
public sealed record ObligationEvent(
    ObligationTrigger Trigger,
    Instant At,
    Severity? Severity = null,
    AppealChannel? Channel = null,
    Instant? DetectedAt = null);

/// <summary>A deadline the planner computed: the legal limit, the internal target where it is earlier, the
/// 50 % and 80 % warnings, and the calendar version it was computed with.</summary>
public sealed record PlannedObligation(
    ObligationDefinition Definition,
    Instant TriggeredAt,
    Instant? DueAt,
    Instant? TargetAt,
    Counting Counting,
    Instant? Warn50At,
    Instant? Warn80At,
    string CalendarVersion,
    Instant? MetAt = null)
{
    public string Code => Definition.Code;

    public string Clause => Definition.Clause;
}
