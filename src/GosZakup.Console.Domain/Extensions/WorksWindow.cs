using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Obligations;
using NodaTime;

namespace GosZakup.Console.Domain.Extensions;

/// <summary>One entry of the annual plan of technical and preventive works (R2 §23), or an unscheduled servicing:
/// the System (or one module) is down from <see cref="Start"/> to <see cref="End"/>. Pass the actual end once the
/// works are over: deadlines move by the time the works took (R2 §24).</summary>
/// <param name="Module">The module stopped, or null for the whole System.</param>
public sealed record WorksWindow(string PlanId, Instant Start, Instant End, string? Module = null)
{
    public Duration Duration => End - Start;

    /// <summary>R2 §24: users are told 2 calendar days before the works. The obligation catalogue owns that clock
    /// (<see cref="ObligationCatalogue.WorksNotice"/>); this asks it.</summary>
    public Instant NoticeDue(WorkingCalendars calendar) =>
        ObligationPlanner.Plan(ObligationCatalogue.WorksNotice, new ObligationEvent(ObligationTrigger.PlannedWorksStart, Start),
            calendar, ObligationSettings.Default).DueAt!.Value;

    public void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(PlanId);
        if (End <= Start) throw new ArgumentException($"Works {PlanId}: the window ends before it starts.");
    }
}
