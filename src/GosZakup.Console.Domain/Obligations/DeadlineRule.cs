namespace GosZakup.Console.Domain.Obligations;

/// <summary>How a clause's deadline is counted from its trigger.</summary>
public abstract record DeadlineRule
{
    /// <summary>N minutes of the contact centre's working time, with or without the lunch pause.</summary>
    public sealed record WorkingMinutes(int Minutes, bool PauseForLunch) : DeadlineRule;

    /// <summary>N minutes of calendar time: a clause that gives a time without "working" (the stricter reading).</summary>
    public sealed record CalendarMinutes(int Minutes) : DeadlineRule;

    /// <summary>N working days: the trigger's own day does not count; due at the close of the N-th working day after it.</summary>
    public sealed record WorkingDays(int Days) : DeadlineRule;

    /// <summary>Due at once ("дереу", "незамедлительно"): within the short grace of
    /// <see cref="ObligationSettings.ImmediateGraceMinutes"/> after the trigger, the time it takes to act.</summary>
    public sealed record Immediately : DeadlineRule;

    /// <summary>N calendar days before the trigger's event (planned works: the notice precedes the works).</summary>
    public sealed record CalendarDaysBefore(int Days) : DeadlineRule;

    /// <summary>R2 §7 registration: depends on the channel and on whether the appeal came in working hours.</summary>
    public sealed record Registration : DeadlineRule;

    /// <summary>The clause names the duty but gives no time.</summary>
    public sealed record Untimed : DeadlineRule;
}

public enum Counting
{
    WorkingTime,
    CalendarTime,
    None,
}
