using GosZakup.Console.Domain.Calendar;
using NodaTime;
using static GosZakup.Console.Domain.Tests.Calendar.TestCalendar;

namespace GosZakup.Console.Domain.Tests.Calendar;

public class WorkingCalendarTests
{
    [Theory]
    [InlineData("2026-11-20", DayStatus.Working, "09:00-19:00 (lunch 13:00-15:00)")]
    [InlineData("2026-11-21", DayStatus.Working, "09:00-17:00 (lunch 13:00-15:00)")]
    [InlineData("2026-11-22", DayStatus.Closed, "")]
    [InlineData("2026-12-16", DayStatus.Closed, "")]
    [InlineData("2026-11-29", DayStatus.Working, "10:00-16:00")]
    public void Each_day_has_its_status_and_hours(string date, DayStatus status, string hours)
    {
        var day = Instance.Day(Date(date));

        Assert.Equal(status, day.Status);
        Assert.Equal(hours, day.Hours?.ToString() ?? "");
    }

    [Fact]
    public void An_exception_keeps_its_reason_and_source()
    {
        var day = Instance.Day(Date("2026-03-09"));

        Assert.Equal(OverrideKind.MovedDayOff, day.Override!.Kind);
        Assert.Equal("test calendar", day.Override.Source);
    }

    [Theory]
    [InlineData("2026-11-20", "2026-11-21")]
    [InlineData("2026-11-21", "2026-11-23")]
    [InlineData("2026-12-15", "2026-12-17")]
    [InlineData("2026-12-31", "2027-01-04")]
    [InlineData("2026-03-20", "2026-03-25")]
    public void The_next_working_day(string after, string expected)
    {
        Assert.Equal(Date(expected), Instance.NextWorkingDay(Date(after)));
    }

    [Fact]
    public void The_close_of_a_Saturday_is_17_00()
    {
        Assert.Equal("2026-11-21 17:00", Show(Instance.CloseOf(Date("2026-11-21"))));
    }

    [Fact]
    public void The_close_of_a_closed_day_is_a_bug()
    {
        Assert.Throws<ArgumentException>(() => Instance.CloseOf(Date("2026-11-22")));
    }

    [Fact]
    public void The_next_opening_after_Saturday_evening_is_Monday_morning()
    {
        Assert.Equal("2026-11-23 09:00", Show(Instance.NextOpening(Astana("2026-11-21 17:30"))));
        Assert.Equal("2026-11-23 10:00", Show(Instance.NextOpening(Astana("2026-11-23 10:00"))));
    }

    [Fact]
    public void An_instant_outside_the_calendar_is_refused_not_guessed()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Instance.AddWorkingTime(Astana("2023-12-31 10:00"), Duration.FromMinutes(30), true));
    }

    [Fact]
    public void Equal_calendars_share_a_version_and_an_edit_changes_it()
    {
        var same = new WorkingCalendar(WeekPattern.ContactCentre, Instance.Overrides, Instance.FirstDay, Instance.LastDay);
        var edited = new WorkingCalendar(WeekPattern.ContactCentre,
            Instance.Overrides.Append(new CalendarOverride(Date("2026-11-24"), OverrideKind.PublicHoliday, null, new("x", "x", "x"), "test")),
            Instance.FirstDay, Instance.LastDay);

        Assert.Equal(Instance.Version, same.Version);
        Assert.NotEqual(Instance.Version, edited.Version);
    }

    [Fact]
    public void A_closed_day_cannot_carry_hours_and_an_open_one_must()
    {
        Assert.Throws<ArgumentException>(() =>
            new CalendarOverride(Date("2026-11-24"), OverrideKind.PublicHoliday, WorkingHours.Weekday, new("x", "x", "x"), "s"));
        Assert.Throws<ArgumentException>(() => new CalendarOverride(Date("2026-11-29"), OverrideKind.OwnerOpenedDay, null, new("x", "x", "x"), "s"));
    }

    [Fact]
    public void A_calendar_file_is_read_strictly()
    {
        const string json = """
            { "year": 2026, "week": "six-day", "days": [
              { "date": "2026-12-16", "kind": "PublicHoliday",
                "reason": { "kk": "Тәуелсіздік күні", "ru": "День Независимости", "en": "Independence Day" }, "source": "Law No. 267-II" },
              { "date": "2026-12-06", "kind": "MovedWorkingDay", "opens": "09:00", "closes": "17:00", "lunchStarts": "13:00", "lunchEnds": "15:00",
                "reason": { "kk": "a", "ru": "b", "en": "c" }, "source": "decree" } ] }
            """;

        var days = CalendarFile.Parse(json);

        Assert.Equal("Тәуелсіздік күні", days[0].Reason.Kk);
        Assert.Equal(WorkingHours.Saturday, days[1].Hours);
        Assert.Throws<FormatException>(() => CalendarFile.Parse(json.Replace("2026-12-16", "2025-12-16")));
    }
}
