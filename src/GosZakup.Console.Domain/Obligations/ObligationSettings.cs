using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;

namespace GosZakup.Console.Domain.Obligations;

/// <summary>The readings of the Rules the operator may choose, shown with the clause text.</summary>
/// <param name="EmailWaitsOutLunch">An e-mail that arrives in the lunch break is registered within 30 minutes after
/// the break (R2 §7): the lunch window pauses the registration clock of e-mailed appeals.</param>
/// <param name="ReliefChannels">The channels R2 §7's two reliefs (the lunch wait and "the next working day") are
/// written for: e-mail. Every other channel keeps the plain 30 minutes of working time, lunch counted.</param>
/// <param name="Calendars">Per obligation code, the calendar it counts on where it differs from the catalogue's
/// (<c>Obligations:Calendars</c> in appsettings).</param>
public sealed record ObligationSettings(bool EmailWaitsOutLunch, IReadOnlySet<AppealChannel> ReliefChannels,
    IReadOnlyDictionary<string, CalendarName>? Calendars = null)
{
    public static ObligationSettings Default { get; } = new(true, new HashSet<AppealChannel> { AppealChannel.Email });

    /// <summary>Registration target, in working minutes (R2 §7).</summary>
    public const int RegistrationMinutes = 30;

    public CalendarName CalendarFor(ObligationDefinition definition) =>
        Calendars is not null && Calendars.TryGetValue(definition.Code, out var chosen) ? chosen : definition.Calendar;
}
