using GosZakup.Console.Domain.Calendar;
using NodaTime;

namespace GosZakup.Console.Domain.Tests.Calendar;

public class AstanaTimeTests
{
    /// <summary>(why, UTC instant, Astana wall clock, offset label)</summary>
    public static TheoryData<string, string, string, string> AstanaClockCases => new()
    {
        { "a working afternoon in 2026", "2026-11-20T07:10:00Z", "2026-11-20 12:10", "UTC+5" },
        { "UTC evening is the next Astana morning", "2026-12-31T20:30:00Z", "2027-01-01 01:30", "UTC+5" },
        { "the last minute on UTC+6", "2024-02-29T17:59:00Z", "2024-02-29 23:59", "UTC+6" },
        { "the first minute on UTC+5 (1 March 2024)", "2024-02-29T18:00:00Z", "2024-02-29 23:00", "UTC+5" },
        { "a 2023 instant keeps the old offset", "2023-06-01T03:00:00Z", "2023-06-01 09:00", "UTC+6" },
    };

    [Theory]
    [MemberData(nameof(AstanaClockCases))]
    public void Converts_UTC_to_the_Astana_clock_with_the_offset_in_force_then(string why, string utc, string astana, string offset)
    {
        var zoned = AstanaTime.FromUtc(DateTime.Parse(utc, null, System.Globalization.DateTimeStyles.AdjustToUniversal));

        Assert.True(astana == zoned.ToString("yyyy-MM-dd HH:mm", null), why);
        Assert.Equal(offset, AstanaTime.OffsetLabel(zoned));
    }

    [Fact]
    public void An_Astana_wall_clock_time_converts_back_to_the_same_UTC_instant()
    {
        var utc = AstanaTime.ToUtc(new LocalDateTime(2026, 11, 20, 13, 10));

        Assert.Equal(new DateTime(2026, 11, 20, 8, 10, 0, DateTimeKind.Utc), utc);
        Assert.Equal(DateTimeKind.Utc, utc.Kind);
    }

    [Fact]
    public void A_local_DateTime_is_refused_as_a_bug()
    {
        Assert.Throws<ArgumentException>(() => AstanaTime.FromUtc(new DateTime(2026, 11, 20, 12, 0, 0, DateTimeKind.Local)));
    }

    [Fact]
    public void The_zone_comes_from_the_embedded_database_not_the_host()
    {
        Assert.Equal("Asia/Almaty", AstanaTime.Zone.Id);
        Assert.Equal(Offset.FromHours(5), AstanaTime.Zone.GetUtcOffset(Instant.FromUtc(2026, 7, 1, 0, 0)));
    }
}
