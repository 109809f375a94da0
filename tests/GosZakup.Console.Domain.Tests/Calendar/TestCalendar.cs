using GosZakup.Console.Domain.Calendar;
using NodaTime;
using NodaTime.Text;

namespace GosZakup.Console.Domain.Tests.Calendar;

/// <summary>The calendars of late 2025 to early 2027 that the worked examples use, written out here so the examples
/// do not move when the seed files are corrected: the contact centre's six-day week (<see cref="Instance"/>) and the
/// state bodies' five-day week (<see cref="State"/>), each with a few synthetic days (marked) for cases the published
/// calendars lack.</summary>
public static class TestCalendar
{
    public static WorkingCalendar Instance { get; } = Build();

    public static WorkingCalendar State { get; } = BuildState();

    public static WorkingCalendars Both { get; } = new(Instance, State);

    private static WorkingCalendar Build()
    {
        var closed = new (string Date, OverrideKind Kind, string Why)[]
        {
            ("2026-01-01", OverrideKind.PublicHoliday, "New Year"), ("2026-01-02", OverrideKind.PublicHoliday, "New Year"),
            ("2026-01-07", OverrideKind.PublicHoliday, "Orthodox Christmas"), ("2026-03-08", OverrideKind.PublicHoliday, "8 March"),
            ("2026-03-09", OverrideKind.MovedDayOff, "8 March fell on a Sunday"), ("2026-03-21", OverrideKind.PublicHoliday, "Nauryz"),
            ("2026-03-22", OverrideKind.PublicHoliday, "Nauryz"), ("2026-03-23", OverrideKind.PublicHoliday, "Nauryz"),
            ("2026-03-24", OverrideKind.MovedDayOff, "Nauryz 22 March fell on a Sunday"), ("2026-05-01", OverrideKind.PublicHoliday, "Unity Day"),
            ("2026-05-07", OverrideKind.PublicHoliday, "Defender Day"), ("2026-05-09", OverrideKind.PublicHoliday, "Victory Day"),
            ("2026-05-27", OverrideKind.PublicHoliday, "Kurban Ait"), ("2026-07-06", OverrideKind.PublicHoliday, "Capital Day"),
            ("2026-10-25", OverrideKind.PublicHoliday, "Republic Day"), ("2026-10-26", OverrideKind.MovedDayOff, "25 October fell on a Sunday"),
            ("2026-12-16", OverrideKind.PublicHoliday, "Independence Day"),
            ("2027-01-01", OverrideKind.PublicHoliday, "New Year"), ("2027-01-02", OverrideKind.PublicHoliday, "New Year"),
            ("2027-01-07", OverrideKind.PublicHoliday, "Orthodox Christmas"),
        };
        var overrides = closed.Select(d => new CalendarOverride(Date(d.Date), d.Kind, null, Text(d.Why), "test calendar")).ToList();
        overrides.Add(new(Date("2026-11-29"), OverrideKind.OwnerOpenedDay,
            new WorkingHours(new(10, 0), new(16, 0)), Text("Owner's letter (synthetic)"), "letter No. 1-test"));
        overrides.Add(new(Date("2026-12-06"), OverrideKind.MovedWorkingDay,
            WorkingHours.Saturday, Text("weekend day made working (synthetic)"), "decree (synthetic)"));
        overrides.Add(new(Date("2026-12-30"), OverrideKind.ShortenedDay,
            new WorkingHours(new(9, 0), new(18, 0), new(13, 0), new(15, 0)), Text("shortened day (synthetic)"), "order (synthetic)"));
        return new WorkingCalendar(WeekPattern.ContactCentre, overrides, new LocalDate(2024, 1, 1), new LocalDate(2027, 12, 31));
    }

    /// <summary>The five-day week of 2026 as published (inform.kz, 02.01.2026): the weekend transfers 8→9 March,
    /// 21→24 and 22→25 March, 9→11 May, 25→26 October; 30-31 August dropped as in the seed files; 2027's New Year by
    /// rule (2 January, a Saturday, gives Monday 4 January).</summary>
    private static WorkingCalendar BuildState()
    {
        var closed = new (string Date, OverrideKind Kind, string Why)[]
        {
            ("2025-12-16", OverrideKind.PublicHoliday, "Independence Day"),
            ("2026-01-01", OverrideKind.PublicHoliday, "New Year"), ("2026-01-02", OverrideKind.PublicHoliday, "New Year"),
            ("2026-01-07", OverrideKind.PublicHoliday, "Orthodox Christmas"), ("2026-03-08", OverrideKind.PublicHoliday, "8 March"),
            ("2026-03-09", OverrideKind.MovedDayOff, "8 March fell on a Sunday"), ("2026-03-21", OverrideKind.PublicHoliday, "Nauryz"),
            ("2026-03-22", OverrideKind.PublicHoliday, "Nauryz"), ("2026-03-23", OverrideKind.PublicHoliday, "Nauryz"),
            ("2026-03-24", OverrideKind.MovedDayOff, "Nauryz 21 March fell on a Saturday"),
            ("2026-03-25", OverrideKind.MovedDayOff, "Nauryz 22 March fell on a Sunday"),
            ("2026-05-01", OverrideKind.PublicHoliday, "Unity Day"), ("2026-05-07", OverrideKind.PublicHoliday, "Defender Day"),
            ("2026-05-09", OverrideKind.PublicHoliday, "Victory Day"), ("2026-05-11", OverrideKind.MovedDayOff, "9 May fell on a Saturday"),
            ("2026-05-27", OverrideKind.PublicHoliday, "Kurban Ait"), ("2026-07-06", OverrideKind.PublicHoliday, "Capital Day"),
            ("2026-10-25", OverrideKind.PublicHoliday, "Republic Day"), ("2026-10-26", OverrideKind.MovedDayOff, "25 October fell on a Sunday"),
            ("2026-12-16", OverrideKind.PublicHoliday, "Independence Day"),
            ("2027-01-01", OverrideKind.PublicHoliday, "New Year"), ("2027-01-02", OverrideKind.PublicHoliday, "New Year"),
            ("2027-01-04", OverrideKind.MovedDayOff, "2 January fell on a Saturday"), ("2027-01-07", OverrideKind.PublicHoliday, "Orthodox Christmas"),
        };
        var overrides = closed.Select(d => new CalendarOverride(Date(d.Date), d.Kind, null, Text(d.Why), "test calendar")).ToList();
        overrides.Add(new(Date("2026-12-12"), OverrideKind.MovedWorkingDay,
            WorkingHours.StateOffice, Text("Saturday made working in the five-day week (synthetic)"), "order (synthetic)"));
        return new WorkingCalendar(WeekPattern.State, overrides, new LocalDate(2024, 1, 1), new LocalDate(2027, 12, 31), CalendarName.State);
    }

    public static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).Value;

    /// <summary>"2026-11-20 13:10" or "2026-11-20 13:10:27", read on an Astana clock.</summary>
    public static Instant Astana(string text)
    {
        var pattern = LocalDateTimePattern.CreateWithInvariantCulture(text.Length > 16 ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm");
        return AstanaTime.Zone.AtStrictly(pattern.Parse(text).Value).ToInstant();
    }

    public static string Show(Instant at) =>
        at.InZone(AstanaTime.Zone).ToString(at.InZone(AstanaTime.Zone).Second == 0 ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd HH:mm:ss", null);

    private static LocalizedText Text(string en) => new(en, en, en);
}
