using GosZakup.Console.Infrastructure.Jobs;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.IntegrationTests.Intake;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.IntegrationTests.LongJobs;

/// <summary>The lease of a long job on a real SQLite file with a pinned clock: one owner at a time, heartbeats keep it,
/// a silent owner loses it, the sweep resumes what a dead process left and gives up after the allowed runs.</summary>
public sealed class LongJobLeaseTests : IAsyncLifetime
{
    private static readonly LongJobOptions Options = new(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(5), 3, TimeSpan.FromMinutes(1), TimeSpan.Zero);
    private static readonly LongJobOwner First = new("desk-1", 1001, Guid.NewGuid()), Second = new("desk-2", 2002, Guid.NewGuid());
    private IntakeServices services = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => services = await IntakeServices.StartAsync();

    public async ValueTask DisposeAsync() => await services.DisposeAsync();

    private LongJobLeases Runner(LongJobOwner owner, LongJobOptions? options = null) =>
        new(services.Services.GetRequiredService<IDbContextFactory<AppDbContext>>(), services.Clock, options ?? Options, owner);

    private void Wait(int seconds) => services.Clock.Advance(TimeSpan.FromSeconds(seconds));

    private async Task<Guid> QueueAsync(string subject = "2026-Q3")
    {
        var job = LongJobRecord.Queue("quarterly-report", subject, "manager@demo.kz", services.Clock.GetUtcNow().UtcDateTime, Options.Lease);
        await using var db = services.NewDb();
        db.Add(job);
        await db.SaveChangesAsync(Ct);
        return job.Id;
    }

    private async Task<LongJobRecord> JobAsync(Guid id)
    {
        await using var db = services.NewDb();
        return await db.Set<LongJobRecord>().AsNoTracking().SingleAsync(j => j.Id == id, Ct);
    }

    [Fact]
    public async Task A_queued_job_is_claimed_by_one_runner_only()
    {
        var id = await QueueAsync();

        var first = await Runner(First).ClaimAsync(id, Ct);
        var second = await Runner(Second).ClaimAsync(id, Ct);

        Assert.NotNull(first);
        Assert.Null(second);
        var job = await JobAsync(id);
        Assert.Equal((LongJobState.Running, First.ToString(), 1), (job.State, job.Owner, job.Attempts));
        Assert.Equal(services.Clock.GetUtcNow().UtcDateTime + Options.Lease, job.LeaseUntilUtc);
    }

    [Fact]
    public async Task Heartbeats_keep_the_lease_and_a_rival_cannot_take_it()
    {
        var id = await QueueAsync();
        await Runner(First).ClaimAsync(id, Ct);

        for (var beat = 0; beat < 12; beat++)
        {
            Wait(5);
            Assert.True(await Runner(First).RenewAsync(id, Ct));
        }

        Assert.Null(await Runner(Second).ClaimAsync(id, Ct)); // a minute on, the lease is still held
        var sweep = await Runner(Second).SweepAsync(atStart: false, ct: Ct);
        Assert.Empty(sweep.ToEnqueue);
        Assert.Equal(LongJobState.Running, (await JobAsync(id)).State);
    }

    [Fact]
    public async Task A_lease_not_renewed_runs_out_the_sweep_resumes_the_job_and_it_finishes_once()
    {
        var id = await QueueAsync();
        await Runner(First).ClaimAsync(id, Ct);
        Assert.True(await Runner(First).ReportAsync(id, 50, 1, 2, "{\"done\":1}", Ct));

        Wait(29);
        Assert.Empty((await Runner(Second).SweepAsync(false, ct: Ct)).ToEnqueue); // not yet: the lease runs to 30 s
        Wait(2);
        var sweep = await Runner(Second).SweepAsync(false, ct: Ct);

        Assert.Equal([id], sweep.Resumed);
        var resumed = await Runner(Second).ClaimAsync(id, Ct);
        Assert.Equal((2, 50, "{\"done\":1}"), (resumed!.Attempts, resumed.Progress, resumed.ResultJson)); // the checkpoint survives
        Assert.False(await Runner(First).RenewAsync(id, Ct)); // the old owner learns it lost the job
        Assert.False(await Runner(First).FinishAsync(id, "{}", Ct));
        Assert.True(await Runner(Second).FinishAsync(id, "{\"created\":2}", Ct));
        Assert.False(await Runner(Second).FinishAsync(id, "{\"created\":9}", Ct));
        var job = await JobAsync(id);
        Assert.Equal((LongJobState.Finished, 100, "{\"created\":2}", (DateTime?)null), (job.State, job.Progress, job.ResultJson, job.LeaseUntilUtc));
    }

    [Fact]
    public async Task A_job_interrupted_as_often_as_allowed_is_failed_as_interrupted()
    {
        var twice = Options with { MaxAttempts = 2 };
        var id = await QueueAsync();
        await Runner(First, twice).ClaimAsync(id, Ct);
        Wait(31);
        Assert.Equal([id], (await Runner(Second, twice).SweepAsync(false, ct: Ct)).Resumed);
        await Runner(Second, twice).ClaimAsync(id, Ct);
        Wait(31);

        var sweep = await Runner(First, twice).SweepAsync(false, ct: Ct);

        Assert.Empty(sweep.ToEnqueue);
        var failed = Assert.Single(sweep.Failed);
        Assert.Equal((id, LongJobState.Failed, LongJobErrors.Interrupted, 2), (failed.Id, failed.State, failed.ErrorCode, failed.Attempts));
        Assert.Null(await Runner(First, twice).ClaimAsync(id, Ct));
    }

    [Fact]
    public async Task A_queued_job_nobody_claimed_is_queued_again_after_its_lease_and_at_once_at_start()
    {
        var id = await QueueAsync();
        Assert.Empty((await Runner(First).SweepAsync(false, ct: Ct)).ToEnqueue);

        Assert.Equal([id], (await Runner(First).SweepAsync(atStart: true, ct: Ct)).Requeued); // the in-memory queue lost it
        Wait(31);
        Assert.Equal([id], (await Runner(First).SweepAsync(false, ct: Ct)).Requeued);
        Assert.Empty((await Runner(First).SweepAsync(false, ct: Ct)).ToEnqueue); // its lease was pushed on: not every sweep
        Assert.Equal((LongJobState.Queued, 0), ((await JobAsync(id)).State, (await JobAsync(id)).Attempts));
    }

    [Fact]
    public async Task At_start_a_job_held_by_a_dead_process_of_this_host_is_resumed_without_waiting_for_its_lease()
    {
        var (dead, alive, restarted) = (new LongJobOwner("desk-1", 1001, Guid.NewGuid()), new LongJobOwner("desk-1", 1002, Guid.NewGuid()),
            new LongJobOwner("desk-1", 1003, Guid.NewGuid()));
        var (left, kept, elsewhere) = (await QueueAsync("2026-Q1"), await QueueAsync("2026-Q2"), await QueueAsync("2026-Q3"));
        await Runner(dead).ClaimAsync(left, Ct);
        await Runner(alive).ClaimAsync(kept, Ct);
        await Runner(Second).ClaimAsync(elsewhere, Ct); // another host's process: only its lease tells

        var sweep = await Runner(restarted).SweepAsync(atStart: true, pid => pid == alive.ProcessId, Ct);

        Assert.Equal([left], sweep.Resumed);
        Assert.Equal(LongJobState.Running, (await JobAsync(kept)).State);
        Assert.Equal(LongJobState.Running, (await JobAsync(elsewhere)).State);
    }

    [Fact]
    public async Task A_stalled_job_is_superseded_by_a_new_request_and_a_live_one_is_not()
    {
        var (stalled, live) = (await QueueAsync("2026-Q3"), await QueueAsync("2026-Q2"));
        await Runner(First).ClaimAsync(stalled, Ct);
        Wait(20);
        await Runner(First).ClaimAsync(live, Ct);
        Wait(11);

        await using var db = services.NewDb();
        Assert.Equal([stalled], await Runner(Second).SupersedeStalledAsync(db, "quarterly-report", "2026-Q3", Ct));
        Assert.Empty(await Runner(Second).SupersedeStalledAsync(db, "quarterly-report", "2026-Q2", Ct));
        Assert.Equal((LongJobState.Failed, LongJobErrors.Superseded), ((await JobAsync(stalled)).State, (await JobAsync(stalled)).ErrorCode));
    }
}
