using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.IntegrationTests.Intake;
using GosZakup.Console.Web.Features.Dashboard;
using GosZakup.Console.Web.Features.Inbox;
using GosZakup.Console.Web.Features.Incidents;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.IntegrationTests.Dashboard;

/// <summary>The figures shared by every open dashboard for a few seconds (issue 8 §7: 100 dashboards compute once).</summary>
public sealed class DashboardFiguresCacheTests
{
    private static readonly DateTime Now = new(2026, 11, 20, 7, 10, 0, DateTimeKind.Utc);
    private static readonly DashboardFilter November = new(new DateTime(2026, 11, 1), new DateTime(2026, 11, 20));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly IncidentNotifier incidents = new();
    private readonly InboxNotifier inbox = new();
    private int computed;

    private Task<DashboardFigures> Compute(DateTime at)
    {
        Interlocked.Increment(ref computed);
        return Task.FromResult(Figures(at));
    }

    [Fact]
    public async Task The_same_filter_within_the_max_age_is_computed_once()
    {
        using var cache = new DashboardFiguresCache(incidents, inbox);

        var first = await cache.GetOrComputeAsync(November, Now, Compute);
        var again = await cache.GetOrComputeAsync(November, Now + DashboardFiguresCache.MaxAge - TimeSpan.FromMilliseconds(1), Compute);

        Assert.Same(first, again);
        Assert.Equal(1, computed);
        Assert.Equal(Now, again.ComputedAtUtc);
    }

    [Fact]
    public async Task Older_figures_another_filter_or_an_earlier_clock_compute_afresh()
    {
        using var cache = new DashboardFiguresCache(incidents, inbox);
        await cache.GetOrComputeAsync(November, Now, Compute);

        var later = await cache.GetOrComputeAsync(November, Now + DashboardFiguresCache.MaxAge, Compute);
        await cache.GetOrComputeAsync(November with { Channel = Domain.Incidents.AppealChannel.Phone }, later.ComputedAtUtc, Compute);
        await cache.GetOrComputeAsync(November, later.ComputedAtUtc - TimeSpan.FromSeconds(1), Compute);

        Assert.Equal(Now + DashboardFiguresCache.MaxAge, later.ComputedAtUtc);
        Assert.Equal(4, computed);
    }

    [Fact]
    public async Task A_change_to_an_incident_or_to_the_appeals_makes_the_shared_figures_stale()
    {
        using var cache = new DashboardFiguresCache(incidents, inbox);
        await cache.GetOrComputeAsync(November, Now, Compute);

        incidents.Changed(Guid.NewGuid());
        await cache.GetOrComputeAsync(November, Now.AddSeconds(1), Compute);
        inbox.Changed();
        await cache.GetOrComputeAsync(November, Now.AddSeconds(2), Compute);
        await cache.GetOrComputeAsync(November, Now.AddSeconds(3), Compute);

        Assert.Equal(3, computed);
    }

    [Fact]
    public async Task Callers_asking_during_a_computation_wait_for_it_and_a_failed_one_is_not_kept()
    {
        using var cache = new DashboardFiguresCache(incidents, inbox);
        var running = new TaskCompletionSource<DashboardFigures>(TaskCreationOptions.RunContinuationsAsynchronously);
        Task<DashboardFigures> Slow(DateTime _)
        {
            Interlocked.Increment(ref computed);
            return running.Task;
        }

        var callers = Enumerable.Range(0, 10).Select(i => cache.GetOrComputeAsync(November, Now.AddMilliseconds(i), Slow)).ToList();
        running.SetException(new TimeoutException("database busy"));
        foreach (var caller in callers) await Assert.ThrowsAsync<TimeoutException>(() => caller);
        var retried = await cache.GetOrComputeAsync(November, Now.AddSeconds(1), Compute);

        Assert.Equal(2, computed);
        Assert.Equal(Now.AddSeconds(1), retried.ComputedAtUtc);
    }

    [Fact]
    public async Task In_the_host_two_dashboards_share_the_figures_of_one_computation()
    {
        await using var app = await IntakeServices.StartAsync(s => s.AddSingleton<IncidentNotifier>().AddDashboard());
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            DashboardDataSet.Seed(db, Now);
            await db.SaveChangesAsync(Ct);
        }

        await using var one = app.Services.CreateAsyncScope();
        await using var two = app.Services.CreateAsyncScope();
        var first = await one.ServiceProvider.GetRequiredService<DashboardQuery>().FiguresAsync(November, Now);
        var second = await two.ServiceProvider.GetRequiredService<DashboardQuery>().FiguresAsync(November, Now.AddSeconds(2));

        Assert.Same(first, second);
        Assert.Equal(5, first.IncidentsByStatus.Sum(r => r.Count));
        app.Services.GetRequiredService<IncidentNotifier>().Changed(Guid.NewGuid());
        Assert.NotSame(first, await two.ServiceProvider.GetRequiredService<DashboardQuery>().FiguresAsync(November, Now.AddSeconds(3)));
    }

    private static DashboardFigures Figures(DateTime at) =>
        new(at, new OpenObligationFigures(0, 0, 0, 0, 0, [], []), [], [], [], [], [], [], []);
}
