using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;

namespace GosZakup.Console.Web.Features.Dashboard;

/// <summary>The dashboard's filters: Astana calendar days, both ends included (null: unbounded), and the channel
/// of the appeals (an incident counts when any of its appeals came through it).</summary>
public sealed record DashboardFilter(DateTime? FromDay = null, DateTime? ToDay = null, AppealChannel? Channel = null)
{
    /// <summary>The last twelve Astana weeks, this one included, every channel.</summary>
    public static DashboardFilter LastTwelveWeeks(DateTimeOffset now)
    {
        var today = AstanaTime.FromInstant(now).Date.ToDateTimeUnspecified();
        var monday = MondayOf(DateOnly.FromDateTime(today)).ToDateTime(TimeOnly.MinValue);
        return new DashboardFilter(monday.AddDays(-7 * 11), today);
    }

    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
