using GosZakup.Console.Web.Features.Inbox;
using GosZakup.Console.Web.Features.Incidents;

namespace GosZakup.Console.Web.Features.Dashboard;

/// <summary>The figures of the last few seconds per filter, shared by every open dashboard: a hundred managers looking at
/// the same period compute them once every <see cref="MaxAge"/>, not a hundred times (docs/benchmarks.md, issue 8). Callers
/// asking while a computation runs wait for it. A change signalled by the intake or an incident makes every entry stale,
/// so a page reloading after it computes afresh.</summary>
public sealed class DashboardFiguresCache : IDisposable
{
    /// <summary>How old shared figures may be; each page still recomputes every 15 s, so a reuse adds at most this.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);

    /// <summary>Beyond this many filters the stale entries are dropped.</summary>
    private const int PruneAbove = 32;

    private readonly Dictionary<DashboardFilter, Entry> entries = [];
    private readonly IncidentNotifier incidents;
    private readonly InboxNotifier inbox;
    private long generation;

    public DashboardFiguresCache(IncidentNotifier incidents, InboxNotifier inbox)
    {
        (this.incidents, this.inbox) = (incidents, inbox);
        incidents.IncidentChanged += OnIncidentChanged;
        inbox.AppealsChanged += Invalidate;
    }

    /// <summary>Figures computed for this filter less than <see cref="MaxAge"/> before <paramref name="nowUtc"/> and since
    /// the last change, or a new computation at <paramref name="nowUtc"/>.</summary>
    public Task<DashboardFigures> GetOrComputeAsync(DashboardFilter filter, DateTime nowUtc, Func<DateTime, Task<DashboardFigures>> compute)
    {
        lock (entries)
        {
            var current = Interlocked.Read(ref generation);
            if (entries.TryGetValue(filter, out var entry) && entry.Generation == current && !entry.Figures.IsFaulted && !entry.Figures.IsCanceled
                && nowUtc >= entry.AtUtc && nowUtc - entry.AtUtc < MaxAge)
                return entry.Figures;
            if (entries.Count >= PruneAbove)
                foreach (var stale in entries.Where(e => e.Value.Generation != current || nowUtc - e.Value.AtUtc >= MaxAge).Select(e => e.Key).ToList())
                    entries.Remove(stale);
            var figures = compute(nowUtc);
            entries[filter] = new Entry(current, nowUtc, figures);
            return figures;
        }
    }

    public void Invalidate() => Interlocked.Increment(ref generation);

    private void OnIncidentChanged(Guid _) => Invalidate();

    public void Dispose()
    {
        incidents.IncidentChanged -= OnIncidentChanged;
        inbox.AppealsChanged -= Invalidate;
    }

    private sealed record Entry(long Generation, DateTime AtUtc, Task<DashboardFigures> Figures);
}
