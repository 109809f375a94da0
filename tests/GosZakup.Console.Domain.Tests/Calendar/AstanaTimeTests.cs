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

    /// <summary>(why, Astana wall clock as typed on a form, UTC instant it names)</summary>
    public static TheoryData<string, string, string> WallClockCases => new()
    {
        { "a form time in 2026 is five hours ahead of UTC", "2026-11-20 13:10", "2026-11-20T08:10:00Z" },
        { "an Astana early morning is the previous UTC evening", "2027-01-01 01:30", "2026-12-31T20:30:00Z" },
        { "29 February 2024 23:30 (an hour the clock repeated) is read on UTC+6", "2024-02-29 23:30", "2024-02-29T17:30:00Z" },
        { "1 March 2024 00:30 is read on UTC+5", "2024-03-01 00:30", "2024-02-29T19:30:00Z" },
        { "a 2023 form time keeps UTC+6", "2023-06-01 09:00", "2023-06-01T03:00:00Z" },
    };

    [Theory]
    [MemberData(nameof(WallClockCases))]
    public void A_form_time_read_on_the_Astana_clock_names_one_UTC_instant_and_back(string why, string astana, string utc)
    {
        var wallClock = DateTime.ParseExact(astana, "yyyy-MM-dd HH:mm", null);
        var instant = DateTime.Parse(utc, null, System.Globalization.DateTimeStyles.AdjustToUniversal);

        Assert.True(instant == AstanaTime.FromWallClock(wallClock), why);
        Assert.Equal(DateTimeKind.Utc, AstanaTime.FromWallClock(wallClock).Kind);
        Assert.True(wallClock == AstanaTime.ToWallClock(DateTime.SpecifyKind(instant, DateTimeKind.Utc)), why);
        Assert.Equal(DateTimeKind.Unspecified, AstanaTime.ToWallClock(DateTime.SpecifyKind(instant, DateTimeKind.Utc)).Kind);
        Assert.True(wallClock == AstanaTime.ToWallClock(new DateTimeOffset(instant, TimeSpan.Zero)), why);
        Assert.True(wallClock == AstanaTime.ToWallClock(Instant.FromDateTimeUtc(DateTime.SpecifyKind(instant, DateTimeKind.Utc))), why);
    }

    [Fact]
    public void An_instant_is_labelled_with_the_offset_in_force_then_not_today()
    {
        Assert.Equal("20.11.2026 18:00 (UTC+5)", AstanaTime.Labelled(new DateTime(2026, 11, 20, 13, 0, 0, DateTimeKind.Utc)));
        Assert.Equal("29.02.2024 23:30 (UTC+6)", AstanaTime.Labelled(new DateTime(2024, 2, 29, 17, 30, 0, DateTimeKind.Utc)));
        Assert.Equal("29.02.2024 23:30 (UTC+6)", AstanaTime.Labelled(Instant.FromUtc(2024, 2, 29, 17, 30)));
    }

    [Fact]
    public void A_period_is_labelled_once_unless_its_ends_fall_on_different_offsets()
    {
        Assert.Equal("20.11.2026 08:00 — 20.11.2026 18:00 (UTC+5)",
            AstanaTime.LabelledRange(new DateTime(2026, 11, 20, 3, 0, 0, DateTimeKind.Utc), new DateTime(2026, 11, 20, 13, 0, 0, DateTimeKind.Utc)));
        Assert.Equal("29.02.2024 22:00 (UTC+6) — 01.03.2024 09:00 (UTC+5)",
            AstanaTime.LabelledRange(new DateTime(2024, 2, 29, 16, 0, 0, DateTimeKind.Utc), new DateTime(2024, 3, 1, 4, 0, 0, DateTimeKind.Utc)));
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
