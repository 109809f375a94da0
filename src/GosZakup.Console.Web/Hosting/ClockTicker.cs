namespace GosZakup.Console.Web.Hosting;

/// <summary>One server-side ticker, once a second, that every live clock and countdown subscribes to,
/// instead of a timer per component per circuit.</summary>
public sealed class ClockTicker : IDisposable
{
    private readonly TimeProvider clock;
    private readonly ITimer timer;

    public ClockTicker(TimeProvider clock)
    {
        this.clock = clock;
        timer = clock.CreateTimer(_ => Ticked?.Invoke(clock.GetUtcNow()), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    public event Action<DateTimeOffset>? Ticked;

    public DateTimeOffset Now => clock.GetUtcNow();

    public void Dispose() => timer.Dispose();
}
