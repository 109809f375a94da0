using GosZakup.Console.Domain.Calendar;
using NodaTime;
using static GosZakup.Console.Domain.Tests.Calendar.TestCalendar;

namespace GosZakup.Console.Domain.Tests.Calendar;

/// <summary>The calendar files the console seeds (<c>assets/calendars/{contact-centre,state}/kz-YYYY.json</c>): each
/// reads strictly, and the two weeks differ where the six-day and five-day transfers of days off differ.</summary>
public class SeedCalendarFileTests
{
    private static readonly WorkingCalendar ContactCentre = Load(CalendarName.ContactCentre);
    private static readonly WorkingCalendar State = Load(CalendarName.State);

    [Theory]
    [InlineData("2026-03-24", false, false, "Nauryz: 22 March (Sunday) moves a day off in both weeks")]
    [InlineData("2026-03-25", true, false, "Nauryz: 21 March (Saturday) moves one only in the five-day week")]
    [InlineData("2026-05-11", true, false, "9 May on a Saturday: a day off only in the five-day week")]
    [InlineData("2026-05-09", false, false, "Victory Day itself")]
    [InlineData("2026-01-03", true, false, "a Saturday after New Year: the contact centre works, state bodies do not")]
    [InlineData("2026-10-26", false, false, "25 October (Sunday) moves a day off in both weeks")]
    [InlineData("2026-12-16", false, false, "Independence Day")]
    [InlineData("2026-08-31", true, true, "30 August is no longer a holiday from 2026 (assets/calendars/README.md)")]
    [InlineData("2025-01-03", false, false, "the 2025 order: 3 January off in both weeks")]
    [InlineData("2025-01-05", true, true, "the 2025 order: Sunday 5 January made working in both weeks")]
    public void The_two_weeks_on_a_date(string date, bool contactCentreWorks, bool stateWorks, string why)
    {
        Assert.True(contactCentreWorks == ContactCentre.Day(Date(date)).IsWorking, $"contact centre: {why}");
        Assert.True(stateWorks == State.Day(Date(date)).IsWorking, $"state: {why}");
    }

    [Fact]
    public void The_state_calendar_opens_a_Saturday_or_Sunday_only_by_a_moved_working_day()
    {
        for (var date = new LocalDate(2025, 1, 1); date <= new LocalDate(2027, 12, 31); date = date.PlusDays(1))
        {
            var day = State.Day(date);
            if (date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday && day.IsWorking)
                Assert.Equal(OverrideKind.MovedWorkingDay, day.Override?.Kind);
        }
    }

    [Fact]
    public void A_state_working_day_closes_at_18_30()
    {
        Assert.Equal("2026-11-23 18:30", Show(State.CloseOf(Date("2026-11-23"))));
        Assert.Equal("2026-11-23 19:00", Show(ContactCentre.CloseOf(Date("2026-11-23"))));
    }

    private static WorkingCalendar Load(CalendarName name)
    {
        var folder = Path.Combine(AssetsFolder(), "calendars", name.Code());
        var overrides = Directory.GetFiles(folder, "kz-*.json").Order().SelectMany(f => CalendarFile.Parse(File.ReadAllText(f)));
        return new WorkingCalendar(WeekPattern.For(name), overrides, name: name);
    }

    private static string AssetsFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "assets", "calendars"))) return Path.Combine(dir.FullName, "assets");
        throw new DirectoryNotFoundException("assets/calendars is not above the test's folder.");
    }
}
