using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using NodaTime;

namespace GosZakup.Console.Domain.Obligations;

/// <summary>Turns an event into the obligations it creates, each with its deadline computed once on the calendar
/// it counts on (deadlines are stored; a later calendar edit recomputes only when asked).</summary>
public static class ObligationPlanner
{
    public static IReadOnlyList<PlannedObligation> Plan(ObligationEvent happened, WorkingCalendars calendars, ObligationSettings settings)
    {
        var planned = new List<PlannedObligation>();
        if (happened is { Trigger: ObligationTrigger.AppealReceived, DetectedAt: { } detected })
            planned.Add(LateReportCheck(detected, happened.At, calendars.For(settings.CalendarFor(ObligationCatalogue.LateReport))));
        foreach (var definition in ObligationCatalogue.All.Where(d => d.AppliesTo(happened.Trigger, happened.Severity)))
            planned.Add(Plan(definition, happened, calendars, settings));
        return planned;
    }

    public static PlannedObligation Plan(ObligationDefinition definition, ObligationEvent happened, WorkingCalendars calendars, ObligationSettings settings)
    {
        var name = settings.CalendarFor(definition);
        var calendar = calendars.For(name);
        var at = definition.CountsFromInformation && happened.InformationAt is { } information ? information : happened.At;
        var channel = happened.Channel ?? AppealChannel.Email;
        var (due, target) = definition.Rule switch
        {
            DeadlineRule.Registration => Registration(at, channel, calendar, settings),
            DeadlineRule.WorkingMinutes rule => (calendar.AddWorkingTime(at, Duration.FromMinutes(rule.Minutes), rule.PauseForLunch), (Instant?)null),
            DeadlineRule.CalendarMinutes rule => (at + Duration.FromMinutes(rule.Minutes), null),
            DeadlineRule.WorkingDays rule => (calendar.CloseOf(calendar.NthWorkingDayAfter(at.InZone(AstanaTime.Zone).Date, rule.Days)), null),
            DeadlineRule.Immediately => (Immediately(at, settings), null),
            DeadlineRule.CalendarDaysBefore rule => (at - Duration.FromDays(rule.Days), null),
            _ => ((Instant?)null, (Instant?)null),
        };
        var end = target ?? due;
        // An immediate duty is not chased within its few minutes of grace (a 50 % reminder after two and a half
        // minutes would be noise): its warnings fall on its limit, and the breach alert follows if it is missed.
        var warnFrom = definition.Rule is DeadlineRule.Immediately ? end ?? at : at;
        var pause = definition.Rule is DeadlineRule.WorkingMinutes { PauseForLunch: true }
            || (definition.Rule is DeadlineRule.Registration && WaitsOutLunch(channel, settings));
        return new PlannedObligation(definition, at, due, target, definition.Counting,
            Warning(warnFrom, end, 0.5, definition.Counting, calendar, pause), Warning(warnFrom, end, 0.8, definition.Counting, calendar, pause),
            calendar.Version, Calendar: name);
    }

    /// <summary>R2 §7: 30 minutes of working time. Its two reliefs are written for e-mail only: an e-mail in the lunch
    /// break is registered within 30 minutes after it, and one outside working hours on the next working day (legal
    /// limit: that day's close; target: 30 working minutes after its opening). Every other channel (phone, letter,
    /// forum, monitoring, a specialist) keeps the plain 30 minutes of working time, lunch counted.</summary>
    private static (Instant Due, Instant? Target) Registration(Instant at, AppealChannel channel, WorkingCalendar calendar, ObligationSettings settings)
    {
        var thirty = Duration.FromMinutes(ObligationSettings.RegistrationMinutes);
        if (!settings.ReliefChannels.Contains(channel))
            return (calendar.AddWorkingTime(at, thirty, pauseForLunch: false), null);
        if (calendar.IsOpen(at))
            return (calendar.AddWorkingTime(at, thirty, settings.EmailWaitsOutLunch), null);
        var opening = calendar.NextOpening(at);
        var due = calendar.CloseOf(opening.InZone(AstanaTime.Zone).Date);
        return (due, calendar.AddWorkingTime(opening, thirty, settings.EmailWaitsOutLunch));
    }

    /// <summary>"Immediately" is not "at the same instant". R2 §15.1 reads "дереу жазбаша, электрондық почта және телефон
    /// арқылы Жұмыс тобының мүшелерін ... хабардар етеді" (Russian "незамедлительно": without delay): the duty is an act
    /// (write, e-mail and ring the Working Group; likewise R2 §16.1, §14.3, §25 and the force-majeure notice of R2 §16.6),
    /// and an act takes the minutes it takes. A limit equal to the trigger is breached before anyone can start, so it
    /// tells nobody what to do first. The honest reading is "at once, without waiting for anything else": due within
    /// the short grace of <see cref="ObligationSettings.ImmediateGraceMinutes"/> of calendar time, shown next to the clause.</summary>
    private static Instant Immediately(Instant at, ObligationSettings settings) => at + Duration.FromMinutes(settings.ImmediateGraceMinutes);

    private static bool WaitsOutLunch(AppealChannel channel, ObligationSettings settings) =>
        settings.EmailWaitsOutLunch && settings.ReliefChannels.Contains(channel);

    private static PlannedObligation LateReportCheck(Instant detected, Instant received, WorkingCalendar calendar)
    {
        var limit = detected + Duration.FromMinutes(60);
        return new PlannedObligation(ObligationCatalogue.LateReport, detected, limit, null, Counting.CalendarTime,
            Warning(detected, limit, 0.5, Counting.CalendarTime, calendar, false), Warning(detected, limit, 0.8, Counting.CalendarTime, calendar, false),
            calendar.Version, MetAt: received, Calendar: calendar.Name);
    }

    private static Instant? Warning(Instant from, Instant? end, double fraction, Counting counting, WorkingCalendar calendar, bool pause)
    {
        if (end is not { } until || until <= from) return end;
        if (counting != Counting.WorkingTime)
            return from + Duration.FromTicks((long)((until - from).BclCompatibleTicks * fraction));
        var span = calendar.WorkingTimeBetween(from, until, pause);
        return calendar.AddWorkingTime(from, Duration.FromTicks((long)(span.BclCompatibleTicks * fraction)), pause);
    }
}
