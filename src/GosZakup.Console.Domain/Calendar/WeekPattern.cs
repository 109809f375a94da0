using NodaTime;

namespace GosZakup.Console.Domain.Calendar;

/// <summary>The contact centre's ordinary week; a day without hours is closed.</summary>
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
}
