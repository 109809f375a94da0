using GosZakup.Console.Web.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace GosZakup.Console.Web.Tests;

/// <summary>The shared ticker ticks on the whole second, so a countdown whose limit falls on a whole minute turns
/// breached at the first tick after it (issue 8 §7: every dashboard shows a breach within 1 s).</summary>
public class DashboardTickerTests
{
    [Fact]
    public void The_ticker_ticks_on_the_whole_second_whatever_the_instant_it_started_at()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 7, 9, 59, 700, TimeSpan.Zero));
        using var ticker = new ClockTicker(clock);
        var ticks = new List<DateTimeOffset>();
        ticker.Ticked += ticks.Add;

        clock.Advance(TimeSpan.FromMilliseconds(299));
        Assert.Empty(ticks);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal([new DateTimeOffset(2026, 11, 20, 7, 10, 0, TimeSpan.Zero)], ticks);

        clock.Advance(TimeSpan.FromMilliseconds(999));
        Assert.Single(ticks);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 7, 10, 1, TimeSpan.Zero), ticks[^1]);
    }

    [Fact]
    public void A_disposed_ticker_stops()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 7, 10, 0, TimeSpan.Zero));
        var ticker = new ClockTicker(clock);
        var ticks = 0;
        ticker.Ticked += _ => ticks++;

        clock.Advance(TimeSpan.FromSeconds(1));
        ticker.Dispose();
        clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(1, ticks);
    }
}
