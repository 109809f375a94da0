using static GosZakup.Console.Domain.Tests.Calendar.TestCalendar;

namespace GosZakup.Console.Domain.Tests.Calendar;

/// <summary>Worked examples of AddWorkingTime on the contact centre's calendar (R2 §6: Mon-Fri 9-19,
/// Sat 9-17, lunch 13-15, Sundays and holidays closed). Rows: why, from, minutes, lunch pause, result.</summary>
public class AddWorkingTimeCases
{
    public static TheoryData<string, string, int, bool, string> Cases => new()
    {
        { "an ordinary morning", "2026-11-19 10:00", 30, true, "2026-11-19 10:30" },
        { "e-mail in lunch waits for the break to end", "2026-11-20 13:10", 30, true, "2026-11-20 15:30" },
        { "a count crossing lunch pauses over it", "2026-11-20 12:50", 30, true, "2026-11-20 15:20" },
        { "without the pause lunch counts", "2026-11-20 12:50", 30, false, "2026-11-20 13:20" },
        { "a count ending exactly at lunch ends at lunch", "2026-11-20 12:30", 30, true, "2026-11-20 13:00" },
        { "a count ending exactly at closing ends at closing", "2026-11-20 18:30", 30, true, "2026-11-20 19:00" },
        { "Friday evening runs into Saturday morning", "2026-11-20 18:45", 30, true, "2026-11-21 09:15" },
        { "Saturday closes at 17:00, Sunday is closed", "2026-11-21 16:50", 30, true, "2026-11-23 09:20" },
        { "Saturday has a lunch window too", "2026-11-21 13:30", 30, true, "2026-11-21 15:30" },
        { "Sunday: counting starts on Monday", "2026-11-22 11:00", 30, true, "2026-11-23 09:30" },
        { "before opening: counting starts at 9:00", "2026-11-23 07:00", 30, true, "2026-11-23 09:30" },
        { "after closing: counting starts next morning", "2026-11-23 20:00", 30, true, "2026-11-24 09:30" },
        { "two working hours across lunch", "2026-11-23 12:00", 120, true, "2026-11-23 16:00" },
        { "two working hours with lunch counted", "2026-11-23 12:00", 120, false, "2026-11-23 14:00" },
        { "two working hours from Friday 18:00", "2026-11-20 18:00", 120, true, "2026-11-21 10:00" },
        { "eve of Independence Day", "2026-12-15 18:50", 30, true, "2026-12-17 09:20" },
        { "on Independence Day itself", "2026-12-16 10:00", 30, true, "2026-12-17 09:30" },
        { "8 March on a Sunday moves the day off to Monday", "2026-03-07 16:45", 30, true, "2026-03-10 09:15" },
        { "Nauryz closes 21-24 March", "2026-03-20 18:40", 30, true, "2026-03-25 09:10" },
        { "a weekend day made working by decree", "2026-12-05 16:50", 30, true, "2026-12-06 09:20" },
        { "a Sunday the Owner opened by letter", "2026-11-28 16:55", 30, true, "2026-11-29 10:25" },
        { "the Owner-opened Sunday closes at 16:00", "2026-11-29 15:50", 30, true, "2026-11-30 09:20" },
        { "a shortened day closes at 18:00", "2026-12-30 17:45", 30, true, "2026-12-31 09:15" },
        { "31 December into January", "2026-12-31 18:45", 30, true, "2027-01-04 09:15" },
        { "Orthodox Christmas on a Wednesday", "2026-01-06 18:30", 60, true, "2026-01-08 09:30" },
        { "New Year 2026: 3 January is a working Saturday", "2025-12-31 18:50", 30, true, "2026-01-03 09:20" },
        { "before 1 March 2024 the clock was UTC+6", "2024-02-29 18:45", 30, true, "2024-03-01 09:15" },
        { "a January 2024 morning on UTC+6", "2024-01-15 10:00", 30, true, "2024-01-15 10:30" },
        { "zero minutes is the instant itself, even when closed", "2026-11-22 11:00", 0, true, "2026-11-22 11:00" },
        { "a whole Saturday with the pause is six hours", "2026-11-21 09:00", 360, true, "2026-11-21 17:00" },
        { "a whole Saturday without the pause is eight hours", "2026-11-21 09:00", 480, false, "2026-11-21 17:00" },
        { "one working week is 46 hours", "2026-11-23 09:00", 2760, true, "2026-11-28 17:00" },
        { "Kurban Ait 27 May 2026", "2026-05-26 18:30", 60, true, "2026-05-28 09:30" },
        { "Victory Day on a Saturday gives no extra day off", "2026-05-08 18:30", 60, true, "2026-05-11 09:30" },
        { "1 May on a Friday", "2026-04-30 18:40", 30, true, "2026-05-02 09:10" },
        { "Capital Day on a Monday", "2026-07-04 16:40", 30, true, "2026-07-07 09:10" },
        { "30 August is an ordinary Sunday from 2026 (new Constitution)", "2026-08-29 16:40", 30, true, "2026-08-31 09:10" },
        { "Republic Day on a Sunday moves to Monday", "2026-10-24 16:40", 30, true, "2026-10-27 09:10" },
        { "exactly at opening", "2026-11-23 09:00", 30, true, "2026-11-23 09:30" },
        { "exactly at the end of lunch", "2026-11-23 15:00", 30, true, "2026-11-23 15:30" },
        { "exactly at closing", "2026-11-23 19:00", 30, true, "2026-11-24 09:30" },
        { "one minute before closing", "2026-11-23 18:59", 1, true, "2026-11-23 19:00" },
        { "seconds are kept", "2026-11-23 10:00:27", 30, true, "2026-11-23 10:30:27" },
        { "a phone call in lunch counts lunch", "2026-11-23 13:10", 30, false, "2026-11-23 13:40" },
        { "over the New Year week", "2026-12-28 09:00", 3000, true, "2027-01-06 12:00" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Adds_working_time(string why, string from, int minutes, bool pauseForLunch, string expected)
    {
        var result = Instance.AddWorkingTime(Astana(from), NodaTime.Duration.FromMinutes(minutes), pauseForLunch);

        Assert.True(expected == Show(result), $"{why}: expected {expected}, got {Show(result)}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Working_time_between_the_ends_is_the_minutes_added(string why, string from, int minutes, bool pauseForLunch, string expected)
    {
        var elapsed = Instance.WorkingTimeBetween(Astana(from), Astana(expected), pauseForLunch);

        Assert.True(minutes == (int)elapsed.TotalMinutes, $"{why}: {elapsed.TotalMinutes} minutes");
    }

    [Fact]
    public void The_UTC_plus_6_example_in_UTC()
    {
        var result = Instance.AddWorkingTime(NodaTime.Instant.FromUtc(2024, 2, 29, 12, 45), NodaTime.Duration.FromMinutes(30), true);

        Assert.Equal(NodaTime.Instant.FromUtc(2024, 3, 1, 4, 15), result);
    }
}
