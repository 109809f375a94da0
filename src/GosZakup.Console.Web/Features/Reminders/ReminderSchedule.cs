using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Infrastructure.Notifications;
using GosZakup.Console.Infrastructure.Obligations;
using NodaTime;

namespace GosZakup.Console.Web.Features.Reminders;

/// <summary>Which reminder an obligation is owed at a moment: the latest stage it has reached (half its time,
/// four fifths, past the legal limit), unless that stage or a later one went out already. Stages it has
/// overtaken are never sent late: a duty found breached gets the breach alert, not 50 % and 80 % as well.</summary>
public static class ReminderSchedule
{
    public static ReminderStage? Owed(ObligationRecord obligation, IReadOnlyCollection<ReminderStage> sent, DateTime nowUtc, WorkingCalendar calendar)
    {
        if (!obligation.IsOpen || Reached(obligation, nowUtc) is not { } stage) return null;
        if (sent.Any(s => s >= stage)) return null;
        return Quiet(obligation, nowUtc, calendar) ? null : stage;
    }

    /// <summary>Breached once the limit has passed (met exactly at the limit is on time); 80 % and 50 % from
    /// their instants.</summary>
    public static ReminderStage? Reached(ObligationRecord obligation, DateTime nowUtc) =>
        obligation.DueAtUtc is { } due && nowUtc > due ? ReminderStage.Breach
        : obligation.Warn80AtUtc is { } red && nowUtc >= red ? ReminderStage.Warn80
        : obligation.Warn50AtUtc is { } amber && nowUtc >= amber ? ReminderStage.Warn50
        : null;

    /// <summary>A duty counted in working time is not chased at night or on a closed day: its reminder waits
    /// for the contact centre to open. One counted in calendar time reminds at any hour.</summary>
    private static bool Quiet(ObligationRecord obligation, DateTime nowUtc, WorkingCalendar calendar)
    {
        if (obligation.Counting != Counting.WorkingTime) return false;
        var now = Instant.FromDateTimeUtc(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc));
        return calendar.Covers(now) && !calendar.IsOpen(now);
    }
}
