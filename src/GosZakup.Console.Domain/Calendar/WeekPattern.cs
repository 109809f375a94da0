using NodaTime;

namespace GosZakup.Console.Domain.Calendar;

/// <summary>A calendar's ordinary week; a day without hours is closed.</summary>
public sealed record WeekPattern(IReadOnlyDictionary<IsoDayOfWeek, WorkingHours> Days)
{
    /// <summary>R2 §6: working days 9:00-19:00, Saturdays 9:00-17:00, lunch 13:00-15:00; Sundays closed
    /// (opened only by the Owner's official letter).</summary>
    public static WeekPattern ContactCentre { get; } = new(new Dictionary<IsoDayOfWeek, WorkingHours>
    {
        [IsoDayOfWeek.Monday] = WorkingHours.Weekday,
        [IsoDayOfWeek.Tuesday] = WorkingHours.Weekday,
        [IsoDayOfWeek.Wednesday] = WorkingHours.Weekday,
        [IsoDayOfWeek.Thursday] = WorkingHours.Weekday,
        [IsoDayOfWeek.Friday] = WorkingHours.Weekday,
        [IsoDayOfWeek.Saturday] = WorkingHours.Saturday,
    });

    public WorkingHours? HoursOn(IsoDayOfWeek day) => Days.GetValueOrDefault(day);

    /// <summary>State bodies' five-day week: Monday to Friday at <see cref="WorkingHours.StateOffice"/>; Saturday and
    /// Sunday closed (Labour Code art. 68: 40 hours a week; assets/calendars/README.md says why these hours).</summary>
    public static WeekPattern State { get; } = new(new Dictionary<IsoDayOfWeek, WorkingHours>
    {
        [IsoDayOfWeek.Monday] = WorkingHours.StateOffice,
        [IsoDayOfWeek.Tuesday] = WorkingHours.StateOffice,
        [IsoDayOfWeek.Wednesday] = WorkingHours.StateOffice,
        [IsoDayOfWeek.Thursday] = WorkingHours.StateOffice,
        [IsoDayOfWeek.Friday] = WorkingHours.StateOffice,
    });

    public static WeekPattern For(CalendarName name) => name == CalendarName.State ? State : ContactCentre;
}
