using NodaTime;

namespace GosZakup.Console.Domain.Calendar;

public enum OverrideKind
{
    /// <summary>A public holiday: closed.</summary>
    PublicHoliday = 1,

    /// <summary>A day off moved by law or government decree: closed.</summary>
    MovedDayOff = 2,

    /// <summary>A normally closed day made working by decree: open, with hours.</summary>
    MovedWorkingDay = 3,

    /// <summary>A working day with shorter hours.</summary>
    ShortenedDay = 4,

    /// <summary>A Sunday or holiday the Owner opened by official letter (R2 §6): open, with hours.</summary>
    OwnerOpenedDay = 5,
}

/// <summary>Text the console shows in each of its three languages.</summary>
public sealed record LocalizedText(string Kk, string Ru, string En)
{
    public string In(string culture) => culture.StartsWith("kk", StringComparison.Ordinal) ? Kk
        : culture.StartsWith("ru", StringComparison.Ordinal) ? Ru : En;
}

/// <summary>One dated exception to the week: a holiday, a moved day, a shortened day or a day the Owner
/// opened. <see cref="Source"/> names the law, decree or letter it rests on.</summary>
public sealed record CalendarOverride
{
    public CalendarOverride(LocalDate date, OverrideKind kind, WorkingHours? hours, LocalizedText reason, string source)
    {
        var opens = IsOpenKind(kind);
        if (opens && hours is null) throw new ArgumentException($"{date:yyyy-MM-dd}: a {kind} needs working hours.");
        if (!opens && hours is not null) throw new ArgumentException($"{date:yyyy-MM-dd}: a {kind} is closed and takes no hours.");
        if (string.IsNullOrWhiteSpace(source)) throw new ArgumentException($"{date:yyyy-MM-dd}: every calendar exception cites its source.");
        (Date, Kind, Hours, Reason, Source) = (date, kind, hours, reason, source);
    }

    public LocalDate Date { get; }
    public OverrideKind Kind { get; }
    public WorkingHours? Hours { get; }
    public LocalizedText Reason { get; }
    public string Source { get; }

    public bool IsOpen => IsOpenKind(Kind);

    public static bool IsOpenKind(OverrideKind kind) => kind is OverrideKind.MovedWorkingDay or OverrideKind.ShortenedDay or OverrideKind.OwnerOpenedDay;
}

public enum DayStatus
{
    Working,
    Closed,
}

/// <summary>What the calendar says of one date: open or closed, the hours, and why if it is an exception.</summary>
public sealed record CalendarDay(LocalDate Date, DayStatus Status, WorkingHours? Hours, CalendarOverride? Override)
{
    public bool IsWorking => Status == DayStatus.Working;
}
