using NodaTime;

namespace GosZakup.Console.Domain.Calendar;

/// <summary>The hours of one working day, Astana time, with an optional lunch window (R2 §6).</summary>
public sealed record WorkingHours
{
    public WorkingHours(LocalTime opens, LocalTime closes, LocalTime? lunchStarts = null, LocalTime? lunchEnds = null)
    {
        if (opens >= closes) throw new ArgumentException($"A working day must open before it closes ({opens:HH:mm}-{closes:HH:mm}).");
        if (lunchStarts.HasValue != lunchEnds.HasValue) throw new ArgumentException("A lunch window needs both a start and an end.");
        if (lunchStarts is { } start && lunchEnds is { } end && (start >= end || start <= opens || end >= closes))
            throw new ArgumentException($"The lunch window {start:HH:mm}-{end:HH:mm} must lie inside {opens:HH:mm}-{closes:HH:mm}.");
        (Opens, Closes, LunchStarts, LunchEnds) = (opens, closes, lunchStarts, lunchEnds);
    }

    public LocalTime Opens { get; }
    public LocalTime Closes { get; }
    public LocalTime? LunchStarts { get; }
    public LocalTime? LunchEnds { get; }

    public bool HasLunch => LunchStarts.HasValue;

    /// <summary>Monday to Friday, 09:00-19:00, lunch 13:00-15:00 (R2 §6).</summary>
    public static WorkingHours Weekday { get; } = new(new(9, 0), new(19, 0), new(13, 0), new(15, 0));

    /// <summary>Saturday, 09:00-17:00, lunch 13:00-15:00 (R2 §6).</summary>
    public static WorkingHours Saturday { get; } = new(new(9, 0), new(17, 0), new(13, 0), new(15, 0));

    /// <summary>State bodies' office day, 09:00-18:30 with lunch 13:00-14:30: 8 hours, the 40-hour week of Labour
    /// Code art. 68 over five days (assets/calendars/README.md cites the regulation).</summary>
    public static WorkingHours StateOffice { get; } = new(new(9, 0), new(18, 30), new(13, 0), new(14, 30));

    /// <summary>The open spans of the day: one without the lunch pause, two with it.</summary>
    public IEnumerable<(LocalTime From, LocalTime To)> Spans(bool pauseForLunch)
    {
        if (pauseForLunch && LunchStarts is { } start && LunchEnds is { } end)
        {
            yield return (Opens, start);
            yield return (end, Closes);
        }
        else
        {
            yield return (Opens, Closes);
        }
    }

    public override string ToString() =>
        HasLunch ? $"{Opens:HH:mm}-{Closes:HH:mm} (lunch {LunchStarts:HH:mm}-{LunchEnds:HH:mm})" : $"{Opens:HH:mm}-{Closes:HH:mm}";
}
