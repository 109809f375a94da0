using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Web.Features.Reminders;

namespace GosZakup.Console.Web.Features.Dashboard;

/// <summary>Everything the dashboard shows, computed at <see cref="ComputedAtUtc"/>.</summary>
public sealed record DashboardFigures(
    DateTime ComputedAtUtc,
    OpenObligationFigures Open,
    IReadOnlyList<CountRow> IncidentsByStatus,
    IReadOnlyList<CountRow> IncidentsByLevel,
    IReadOnlyList<ClauseBreachRate> BreachRates,
    IReadOnlyList<DurationFigures> Durations,
    IReadOnlyList<CountRow> ByClassification,
    IReadOnlyList<CountRow> ByCause,
    IReadOnlyList<WeekFigures> Weeks);

/// <summary>A count under a key: a status, a level (<see cref="DashboardQuery.NoLevel"/> for none), a cause code.</summary>
public sealed record CountRow(string Key, int Count);

/// <summary>Open duties by where their clock stands (the same stages as the countdown), and the rows to watch.</summary>
public sealed record OpenObligationFigures(int Green, int Amber, int Red, int Breached, int Untimed, IReadOnlyList<OpenDuty> NextToBreach,
    IReadOnlyList<OpenDuty> Overdue)
{
    public int Total => Green + Amber + Red + Breached + Untimed;
}

public sealed record OpenDuty(Guid Id, string Code, string Clause, DateTime DueAtUtc, DateTime? TargetAtUtc, DateTime? Warn50AtUtc, DateTime? Warn80AtUtc,
    DutySubject Subject, CalendarName? CountsOn = null);

/// <summary>Timed duties started in the period: breached when met after the limit or still open past it.</summary>
public sealed record ClauseBreachRate(string Code, string Clause, int Total, int Breached)
{
    public double Rate => Total == 0 ? 0 : (double)Breached / Total;
}

public enum DashboardStage
{
    /// <summary>Appeal received → registered (R2 §7), per appeal.</summary>
    Register = 1,

    /// <summary>Incident registered → confirmed or refuted (R2 §9).</summary>
    Analyse = 2,

    /// <summary>Confirmed → fixed (R2 §14-§16).</summary>
    Fix = 3,
}

/// <summary>The median and 90th percentile of one stage's durations at one level (null: no level set).</summary>
public sealed record DurationFigures(DashboardStage Stage, Severity? Level, int Count, TimeSpan Median, TimeSpan P90);

/// <summary>One Astana week, from its Monday: incidents registered and duties breached (at their limit) in it.</summary>
public sealed record WeekFigures(DateOnly Monday, int Incidents, int Breaches);
