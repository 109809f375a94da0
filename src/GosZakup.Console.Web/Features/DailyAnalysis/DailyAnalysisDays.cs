using GosZakup.Console.Domain.Calendar;
using NodaTime;

namespace GosZakup.Console.Web.Features.DailyAnalysis;

/// <summary>Which day the 09:00 run reports and which hours a day's analysis covers (R2 §26), on the working calendar.</summary>
public static class DailyAnalysisDays
{
    /// <summary>The day a run on <paramref name="today"/> reports: the last working day before it, so Monday's run reports
    /// Saturday in the six-day week (Friday in a five-day one). Null when <paramref name="today"/> is not a working day:
    /// the job then does nothing, and the next working day's run reports the last working day with the days off after it.</summary>
    public static LocalDate? ReportedOn(WorkingCalendar calendar, LocalDate today)
    {
        if (!calendar.Day(today).IsWorking) return null;
        for (var day = today.PlusDays(-1); day >= calendar.FirstDay; day = day.PlusDays(-1))
            if (calendar.Day(day).IsWorking) return day;
        return null;
    }

    /// <summary>A working day covers midnight to the next working day's midnight, so the days off after it (a Sunday, a
    /// holiday) fall in its analysis and nothing falls between two runs; a day off opened on the page covers itself only.</summary>
    public static (DateTime FromUtc, DateTime ToUtc) Period(WorkingCalendar calendar, LocalDate day)
    {
        var end = calendar.Day(day).IsWorking && day < calendar.LastDay ? calendar.NextWorkingDay(day) : day.PlusDays(1);
        return (Midnight(day), Midnight(end));
    }

    private static DateTime Midnight(LocalDate day) => AstanaTime.ToUtc(day.AtMidnight());
}
