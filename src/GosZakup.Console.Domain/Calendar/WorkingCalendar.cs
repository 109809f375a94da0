using System.Security.Cryptography;
using System.Text;
using NodaTime;

namespace GosZakup.Console.Domain.Calendar;

/// <summary>A working calendar (the contact centre's, R2 §6, or the state bodies'; see <see cref="CalendarName"/>):
/// the week pattern with its dated exceptions, and business-time arithmetic over it, all in Astana time. Immutable: an edit makes a new calendar
/// with a new <see cref="Version"/>, which every stored deadline records.</summary>
public sealed class WorkingCalendar
{
    public static LocalDate DefaultFirstDay { get; } = new(2024, 1, 1);
    public static LocalDate DefaultLastDay { get; } = new(2100, 12, 31);

    private readonly WeekPattern week;
    private readonly Dictionary<LocalDate, CalendarOverride> overrides;
    private readonly OpenTimeline withLunchPause;
    private readonly OpenTimeline withoutLunchPause;

    public WorkingCalendar(WeekPattern week, IEnumerable<CalendarOverride> overrides, LocalDate? firstDay = null, LocalDate? lastDay = null,
        CalendarName name = CalendarName.ContactCentre)
    {
        this.week = week;
        Name = name;
        this.overrides = new Dictionary<LocalDate, CalendarOverride>();
        foreach (var entry in overrides)
            if (!this.overrides.TryAdd(entry.Date, entry))
                throw new ArgumentException($"{entry.Date:yyyy-MM-dd} has two calendar exceptions.");
        FirstDay = firstDay ?? DefaultFirstDay;
        LastDay = lastDay ?? DefaultLastDay;
        if (FirstDay > LastDay) throw new ArgumentException("The calendar's first day is after its last.");
        withLunchPause = new OpenTimeline(Intervals(pauseForLunch: true));
        withoutLunchPause = new OpenTimeline(Intervals(pauseForLunch: false));
        Version = ComputeVersion();
    }

    public CalendarName Name { get; }

    public LocalDate FirstDay { get; }
    public LocalDate LastDay { get; }

    /// <summary>A short hash of the week and every exception: equal calendars have equal versions.</summary>
    public string Version { get; }

    public IReadOnlyCollection<CalendarOverride> Overrides => overrides.Values;

    public CalendarDay Day(LocalDate date)
    {
        if (overrides.TryGetValue(date, out var entry))
            return new CalendarDay(date, entry.IsOpen ? DayStatus.Working : DayStatus.Closed, entry.Hours, entry);
        var hours = week.HoursOn(date.DayOfWeek);
        return new CalendarDay(date, hours is null ? DayStatus.Closed : DayStatus.Working, hours, null);
    }

    /// <summary>The earliest instant at which <paramref name="amount"/> of working time has elapsed since
    /// <paramref name="from"/>; a count that ends exactly at closing ends at closing.</summary>
    public Instant AddWorkingTime(Instant from, Duration amount, bool pauseForLunch)
    {
        if (amount < Duration.Zero) throw new ArgumentOutOfRangeException(nameof(amount), "Working time is added, never subtracted.");
        var timeline = Timeline(pauseForLunch);
        var start = Ticks(from);
        var position = timeline.PositionOf(start);
        return amount == Duration.Zero ? from : FromTicks(timeline.InstantAt(position + amount.BclCompatibleTicks));
    }

    /// <summary>Working time between two instants (negative when <paramref name="to"/> is earlier).</summary>
    public Duration WorkingTimeBetween(Instant from, Instant to, bool pauseForLunch)
    {
        var timeline = Timeline(pauseForLunch);
        return Duration.FromTicks(timeline.PositionOf(Ticks(to)) - timeline.PositionOf(Ticks(from)));
    }

    /// <summary>Whether the calendar's office is open at the instant (in working hours; lunch counts as closed
    /// only when <paramref name="pauseForLunch"/>).</summary>
    public bool IsOpen(Instant at, bool pauseForLunch = false) => Timeline(pauseForLunch).IsOpenAt(Ticks(at));

    /// <summary>The first instant at or after <paramref name="at"/> when the calendar's office is open:
    /// <paramref name="at"/> itself during working hours, else the next opening.</summary>
    public Instant NextOpening(Instant at, bool pauseForLunch = false) => FromTicks(Timeline(pauseForLunch).NextOpenAtOrAfter(Ticks(at)));

    /// <summary>The closing instant of a working day.</summary>
    public Instant CloseOf(LocalDate workingDay)
    {
        var day = Day(workingDay);
        if (!day.IsWorking) throw new ArgumentException($"{workingDay:yyyy-MM-dd} is not a working day.", nameof(workingDay));
        return AstanaTime.Zone.AtLeniently(workingDay.At(day.Hours!.Closes)).ToInstant();
    }

    public Instant OpeningOf(LocalDate workingDay)
    {
        var day = Day(workingDay);
        if (!day.IsWorking) throw new ArgumentException($"{workingDay:yyyy-MM-dd} is not a working day.", nameof(workingDay));
        return AstanaTime.Zone.AtLeniently(workingDay.At(day.Hours!.Opens)).ToInstant();
    }

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    public LocalDate NextWorkingDay(LocalDate date) => NthWorkingDayAfter(date, 1);

    /// <summary>The n-th working day strictly after <paramref name="date"/> (n ≥ 1).</summary>
    public LocalDate NthWorkingDayAfter(LocalDate date, int n)
    {
        if (n < 1) throw new ArgumentOutOfRangeException(nameof(n));
        var day = date;
        for (var found = 0; found < n;)
        {
            day = day.PlusDays(1);
            if (day > LastDay) throw new ArgumentOutOfRangeException(nameof(date), "No working day before the end of the calendar.");
            if (Day(day).IsWorking) found++;
        }
        return day;
    }

    public bool Covers(Instant at)
    {
        var date = at.InZone(AstanaTime.Zone).Date;
        return date >= FirstDay && date <= LastDay;
    }

    private OpenTimeline Timeline(bool pauseForLunch) => pauseForLunch ? withLunchPause : withoutLunchPause;

    private long Ticks(Instant at)
    {
        if (!Covers(at))
            throw new ArgumentOutOfRangeException(nameof(at), $"{at} is outside the calendar ({FirstDay:yyyy-MM-dd} to {LastDay:yyyy-MM-dd}).");
        return at.ToUnixTimeTicks();
    }

    private static Instant FromTicks(long ticks) => Instant.FromUnixTimeTicks(ticks);

    private List<(long, long)> Intervals(bool pauseForLunch)
    {
        var intervals = new List<(long, long)>();
        for (var date = FirstDay; date <= LastDay; date = date.PlusDays(1))
        {
            var day = Day(date);
            if (!day.IsWorking) continue;
            foreach (var (from, to) in day.Hours!.Spans(pauseForLunch))
                intervals.Add((Local(date, from), Local(date, to)));
        }
        return intervals;
    }

    private static long Local(LocalDate date, LocalTime time) => AstanaTime.Zone.AtLeniently(date.At(time)).ToInstant().ToUnixTimeTicks();

    private string ComputeVersion()
    {
        var text = new StringBuilder($"{FirstDay:yyyy-MM-dd}|{LastDay:yyyy-MM-dd}|");
        foreach (var (day, hours) in week.Days.OrderBy(d => d.Key)) text.Append($"{day}={hours};");
        foreach (var entry in overrides.Values.OrderBy(o => o.Date)) text.Append($"{entry.Date:yyyy-MM-dd}:{entry.Kind}:{entry.Hours};");
        var prefix = Name == CalendarName.ContactCentre ? "cal-" : "state-"; // the contact centre's versions predate the name
        return prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..12];
    }
}
