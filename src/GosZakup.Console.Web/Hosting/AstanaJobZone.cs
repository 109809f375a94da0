using GosZakup.Console.Domain.Calendar;
using Hangfire;
using NodaTime;

namespace GosZakup.Console.Web.Hosting;

/// <summary>Astana time for Hangfire's cron schedules, built from NodaTime's embedded zone data rather than the host's
/// tzdata (which may predate the 1 March 2024 change to UTC+5, or lack the zone on Windows). Hangfire stores a recurring
/// job's zone by id and resolves it again on the server, so the resolver is registered too.</summary>
public sealed class AstanaJobZone : ITimeZoneResolver
{
    public static TimeZoneInfo Instance { get; } = TimeZoneInfo.CreateCustomTimeZone(AstanaTime.ZoneId,
        AstanaTime.Zone.GetUtcOffset(SystemClock.Instance.GetCurrentInstant()).ToTimeSpan(), "Astana", "Astana");

    private static readonly DefaultTimeZoneResolver Others = new();

    public TimeZoneInfo GetTimeZoneById(string timeZoneId) => timeZoneId == AstanaTime.ZoneId ? Instance : Others.GetTimeZoneById(timeZoneId);
}
