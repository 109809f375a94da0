namespace GosZakup.Console.Web.Hosting;

/// <summary>One server-side ticker, once a second, that every live clock and countdown subscribes to,
/// instead of a timer per component per circuit. It ticks on the whole second: limits fall on whole minutes, so a
/// countdown turns breached at the first tick after its limit, not up to a second later (docs/benchmarks.md, issue 8).
/// A periodic timer would drift from the second by each tick's lateness, so each tick schedules the next.</summary>
public sealed class ClockTicker : IDisposable
{
    private readonly TimeProvider clock;
    private readonly ITimer timer;
    private bool disposed;

    public ClockTicker(TimeProvider clock)
    {
        this.clock = clock;
        timer = clock.CreateTimer(_ => Tick(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        timer.Change(UntilNextSecond(), Timeout.InfiniteTimeSpan);
    }

    public event Action<DateTimeOffset>? Ticked;

    public DateTimeOffset Now => clock.GetUtcNow();

    private void Tick()
    {
        try
        {
            Ticked?.Invoke(clock.GetUtcNow());
        }
        finally
        {
            lock (timer)
                if (!disposed) timer.Change(UntilNextSecond(), Timeout.InfiniteTimeSpan);
        }
    }

    private TimeSpan UntilNextSecond() => TimeSpan.FromMilliseconds(1000 - clock.GetUtcNow().ToUnixTimeMilliseconds() % 1000);

    public void Dispose()
    {
        lock (timer)
        {
            disposed = true;
            timer.Dispose();
        }
    }
}
