using GosZakup.Console.Domain.Calendar;
using NodaTime;
using NodaTime.Text;

namespace GosZakup.Console.Benchmarks;

/// <summary>A three-year calendar (2025-01-01 to 2027-12-31) of the contact centre's six-day week with the
/// closed and moved days of assets/calendars/kz-2025..2027.json written out here, so the figures do not move
/// when those files are corrected.</summary>
public static class BenchmarkCalendar
{
    public static LocalDate FirstDay { get; } = new(2025, 1, 1);
    public static LocalDate LastDay { get; } = new(2027, 12, 31);

    private static readonly (string Date, OverrideKind Kind)[] ClosedDays =
    [
        ("2025-01-01", OverrideKind.PublicHoliday), ("2025-01-02", OverrideKind.PublicHoliday), ("2025-01-03", OverrideKind.MovedDayOff),
        ("2025-01-07", OverrideKind.PublicHoliday), ("2025-03-08", OverrideKind.PublicHoliday), ("2025-03-21", OverrideKind.PublicHoliday),
        ("2025-03-22", OverrideKind.PublicHoliday), ("2025-03-23", OverrideKind.PublicHoliday), ("2025-03-24", OverrideKind.MovedDayOff),
        ("2025-05-01", OverrideKind.PublicHoliday), ("2025-05-07", OverrideKind.PublicHoliday), ("2025-05-09", OverrideKind.PublicHoliday),
        ("2025-06-06", OverrideKind.PublicHoliday), ("2025-07-06", OverrideKind.PublicHoliday), ("2025-07-07", OverrideKind.MovedDayOff),
        ("2025-08-30", OverrideKind.PublicHoliday), ("2025-10-25", OverrideKind.PublicHoliday), ("2025-12-16", OverrideKind.PublicHoliday),

        ("2026-01-01", OverrideKind.PublicHoliday), ("2026-01-02", OverrideKind.PublicHoliday), ("2026-01-07", OverrideKind.PublicHoliday),
        ("2026-03-08", OverrideKind.PublicHoliday), ("2026-03-09", OverrideKind.MovedDayOff), ("2026-03-21", OverrideKind.PublicHoliday),
        ("2026-03-22", OverrideKind.PublicHoliday), ("2026-03-23", OverrideKind.PublicHoliday), ("2026-03-24", OverrideKind.MovedDayOff),
        ("2026-05-01", OverrideKind.PublicHoliday), ("2026-05-07", OverrideKind.PublicHoliday), ("2026-05-09", OverrideKind.PublicHoliday),
        ("2026-05-27", OverrideKind.PublicHoliday), ("2026-07-06", OverrideKind.PublicHoliday), ("2026-10-25", OverrideKind.PublicHoliday),
        ("2026-10-26", OverrideKind.MovedDayOff), ("2026-12-16", OverrideKind.PublicHoliday),

        ("2027-01-01", OverrideKind.PublicHoliday), ("2027-01-02", OverrideKind.PublicHoliday), ("2027-01-07", OverrideKind.PublicHoliday),
        ("2027-03-08", OverrideKind.PublicHoliday), ("2027-03-15", OverrideKind.PublicHoliday), ("2027-03-21", OverrideKind.PublicHoliday),
        ("2027-03-22", OverrideKind.PublicHoliday), ("2027-03-23", OverrideKind.PublicHoliday), ("2027-03-24", OverrideKind.MovedDayOff),
        ("2027-05-01", OverrideKind.PublicHoliday), ("2027-05-07", OverrideKind.PublicHoliday), ("2027-05-09", OverrideKind.PublicHoliday),
        ("2027-05-10", OverrideKind.MovedDayOff), ("2027-05-16", OverrideKind.PublicHoliday), ("2027-07-06", OverrideKind.PublicHoliday),
        ("2027-10-25", OverrideKind.PublicHoliday), ("2027-12-16", OverrideKind.PublicHoliday),
    ];

    public static WorkingCalendar Build()
    {
        var text = new LocalizedText("x", "x", "x");
        var overrides = ClosedDays.Select(d => new CalendarOverride(Date(d.Date), d.Kind, null, text, "benchmark calendar")).ToList();
        // Sunday 5 January 2025 was made a working day with a weekday's hours.
        overrides.Add(new CalendarOverride(Date("2025-01-05"), OverrideKind.MovedWorkingDay, WorkingHours.Weekday, text, "benchmark calendar"));
        return new WorkingCalendar(WeekPattern.ContactCentre, overrides, FirstDay, LastDay);
    }

    /// <summary>The contact centre's calendar and a state calendar on the five-day week with the same closed days
    /// (close enough for timing: the engine's work does not depend on which days are closed).</summary>
    public static WorkingCalendars BuildBoth()
    {
        var text = new LocalizedText("x", "x", "x");
        var closed = ClosedDays.Select(d => new CalendarOverride(Date(d.Date), d.Kind, null, text, "benchmark calendar"));
        return new WorkingCalendars(Build(), new WorkingCalendar(WeekPattern.State, closed, FirstDay, LastDay, CalendarName.State));
    }

    private static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).Value;
}

/// <summary>One call's arguments: <see cref="From"/> is on a whole minute so the minute-by-minute
/// reference can reproduce the exact answer.</summary>
public readonly record struct WorkInput(Instant From, Duration Amount, int Minutes, bool PauseForLunch);

/// <summary>The fixed-seed inputs every benchmark loops over.</summary>
public static class WorkInputs
{
    public const int Count = 4096;
    public const int Seed = 20261123;

    /// <summary>Working minutes asked for: half an hour up to three working days (3 × 8 h with the lunch pause).</summary>
    private static readonly int[] MinuteMix = [30, 60, 120, 240, 480, 960, 1440];

    /// <summary><see cref="Count"/> inputs, <c>from</c> uniform over 2025-01-01 00:00 to 2027-09-30 23:59
    /// Astana time, so that every answer stays inside the calendar.</summary>
    public static WorkInput[] Create()
    {
        var random = new Random(Seed);
        var first = new LocalDate(2025, 1, 1).AtMidnight();
        var minutesInRange = (int)Period.Between(first, new LocalDate(2027, 10, 1).AtMidnight(), PeriodUnits.Minutes).Minutes;
        var inputs = new WorkInput[Count];
        for (var i = 0; i < Count; i++)
        {
            var from = AstanaTime.Zone.AtLeniently(first.PlusMinutes(random.Next(minutesInRange))).ToInstant();
            var minutes = MinuteMix[random.Next(MinuteMix.Length)];
            inputs[i] = new WorkInput(from, Duration.FromMinutes(minutes), minutes, random.Next(2) == 1);
        }
        return inputs;
    }
}
