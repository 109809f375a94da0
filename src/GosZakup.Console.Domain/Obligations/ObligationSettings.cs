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
/// <param name="ImmediateGraceMinutes">The minutes an "immediately" duty is given (<c>Obligations:ImmediateGraceMinutes</c>):
/// the time it takes to do it, see <see cref="ObligationPlanner"/>.</param>
public sealed record ObligationSettings(bool EmailWaitsOutLunch, IReadOnlySet<AppealChannel> ReliefChannels,
    IReadOnlyDictionary<string, CalendarName>? Calendars = null, int ImmediateGraceMinutes = ObligationSettings.DefaultImmediateGraceMinutes)
{
    public static ObligationSettings Default { get; } = new(true, new HashSet<AppealChannel> { AppealChannel.Email });

    /// <summary>The grace of an "immediately" duty unless configured: five minutes to write and send the alert.</summary>
    public const int DefaultImmediateGraceMinutes = 5;

    /// <summary>The longest grace the console accepts: beyond an hour "immediately" would read as a plain time limit.</summary>
    public const int MaxImmediateGraceMinutes = 60;

    /// <summary>Registration target, in working minutes (R2 §7).</summary>
    public const int RegistrationMinutes = 30;

    public CalendarName CalendarFor(ObligationDefinition definition) =>
        Calendars is not null && Calendars.TryGetValue(definition.Code, out var chosen) ? chosen : definition.Calendar;
}
