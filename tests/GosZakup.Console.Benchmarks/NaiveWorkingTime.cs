using GosZakup.Console.Domain.Calendar;
using NodaTime;

namespace GosZakup.Console.Benchmarks;

/// <summary>The reference the prefix sums are measured against: step one minute at a time from
/// <c>from</c>, counting each minute during which the calendar says the contact centre is open, until
/// <c>minutes</c> have been counted. Exact when <c>from</c> and every opening and closing fall on whole
/// minutes (Astana's offset is whole hours and the hours are HH:mm), and then it returns the end of the
/// last counted minute: a count that ends at a closing ends at that closing, as AddWorkingTime does.</summary>
public static class NaiveWorkingTime
{
    private static readonly Duration OneMinute = Duration.FromMinutes(1);

    public static Instant Add(WorkingCalendar calendar, Instant from, int minutes, bool pauseForLunch)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minutes);
        var at = from;
        for (var counted = 0; counted < minutes; at += OneMinute)
            if (calendar.IsOpen(at, pauseForLunch))
                counted++;
        return at;
    }
}
