namespace GosZakup.Console.Domain.Calendar;

/// <summary>Whose working days a clock counts. The contact centre works a six-day week (R2 §6); the organisers,
/// the treasury and the Owner are state bodies on the Labour Code's five-day week, with the government's
/// five-day transfers of days off. Every obligation and every moved procurement date names one.</summary>
public enum CalendarName
{
    /// <summary>R2 §6: Mon-Fri 09:00-19:00, Sat 09:00-17:00, lunch 13:00-15:00; the six-day transfers.</summary>
    ContactCentre = 1,

    /// <summary>State bodies' office hours on the five-day week (Labour Code arts 68, 84-85); the five-day transfers.</summary>
    State = 2,
}

public static class CalendarNames
{
    public static IReadOnlyList<CalendarName> All { get; } = [CalendarName.ContactCentre, CalendarName.State];

    /// <summary>The stable code used in files, settings, the API and stored rows: <c>contact-centre</c>, <c>state</c>.</summary>
    public static string Code(this CalendarName name) => name switch
    {
        CalendarName.ContactCentre => "contact-centre",
        CalendarName.State => "state",
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    public static bool TryParse(string? code, out CalendarName name)
    {
        foreach (var candidate in All)
        {
            if (!string.Equals(candidate.Code(), code?.Trim(), StringComparison.OrdinalIgnoreCase)) continue;
            name = candidate;
            return true;
        }
        name = default;
        return false;
    }
}

/// <summary>Both working calendars, as one clock source for the planner and the extension engine.</summary>
public sealed record WorkingCalendars(WorkingCalendar ContactCentre, WorkingCalendar State)
{
    public WorkingCalendar For(CalendarName name) => name switch
    {
        CalendarName.ContactCentre => ContactCentre,
        CalendarName.State => State,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}
