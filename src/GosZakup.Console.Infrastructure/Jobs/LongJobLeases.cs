using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Infrastructure.Jobs;

/// <summary>What the sweep found: jobs to hand to the queue again (interrupted ones and queued ones never started) and
/// jobs it gave up on.</summary>
public sealed record LongJobSweep(IReadOnlyList<Guid> Resumed, IReadOnlyList<Guid> Requeued, IReadOnlyList<LongJobRecord> Failed)
{
    public IEnumerable<Guid> ToEnqueue => Resumed.Concat(Requeued);
}

/// <summary>The leases of long jobs. Every change is one conditional UPDATE, so two runners (two threads, two
/// processes, two instances) can never both own a job: a claim succeeds only on a job that is queued or whose lease
/// has run out; a renewal, a progress report or the end only while this owner still holds the lease.</summary>
public sealed class LongJobLeases(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, LongJobOptions options, LongJobOwner owner)
{
    private string Me => owner.ToString();

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Takes the job for this owner; null when another runner holds it, it is over, or it ran out of attempts.</summary>
    public async Task<LongJobRecord?> ClaimAsync(Guid id, CancellationToken ct = default)
    {
        var now = Now;
        var (me, until, max) = (Me, now + options.Lease, options.MaxAttempts);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var claimed = await db.Set<LongJobRecord>()
            .Where(j => j.Id == id && j.Attempts < max
                && (j.State == LongJobState.Queued || j.State == LongJobState.Running && j.LeaseUntilUtc < now))
            .ExecuteUpdateAsync(j => j.SetProperty(x => x.State, LongJobState.Running).SetProperty(x => x.Owner, me)
                .SetProperty(x => x.LeaseUntilUtc, until).SetProperty(x => x.HeartbeatUtc, now)
                .SetProperty(x => x.Attempts, x => x.Attempts + 1).SetProperty(x => x.StartedAtUtc, x => x.StartedAtUtc ?? now), ct);
        return claimed == 1 ? await db.Set<LongJobRecord>().AsNoTracking().SingleAsync(j => j.Id == id, ct) : null;
    }

    /// <summary>The heartbeat: pushes the lease on. False when this owner lost it (the sweep judged it dead).</summary>
    public Task<bool> RenewAsync(Guid id, CancellationToken ct = default) => MineAsync(id, j => j, ct);

    /// <summary>Records how far the job got (and renews the lease); the checkpoint lets a resumed run skip what is done.</summary>
    public Task<bool> ReportAsync(Guid id, int progress, int done, int total, string? checkpoint, CancellationToken ct = default) =>
        MineAsync(id, j => j.SetProperty(x => x.Progress, Math.Clamp(progress, 0, 100)).SetProperty(x => x.Done, done)
            .SetProperty(x => x.Total, total).SetProperty(x => x.ResultJson, checkpoint), ct);

    public Task<bool> FinishAsync(Guid id, string? resultJson, CancellationToken ct = default)
    {
        var now = Now;
        return MineAsync(id, j => j.SetProperty(x => x.State, LongJobState.Finished).SetProperty(x => x.Progress, 100)
            .SetProperty(x => x.ResultJson, resultJson).SetProperty(x => x.FinishedAtUtc, now)
            .SetProperty(x => x.Payload, (string?)null), ct, releaseLease: true);
    }

    public Task<bool> FailAsync(Guid id, string errorCode, CancellationToken ct = default)
    {
        var now = Now;
        return MineAsync(id, j => j.SetProperty(x => x.State, LongJobState.Failed).SetProperty(x => x.ErrorCode, errorCode)
            .SetProperty(x => x.FinishedAtUtc, now), ct, releaseLease: true);
    }

    /// <summary>Finds jobs whose process is gone (lease run out) and queued jobs nobody claimed in time. An interrupted job
    /// goes back to the queue until it has had <see cref="LongJobOptions.MaxAttempts"/> runs, then fails. At start-up
    /// (<paramref name="atStart"/>) every queued job is due, since the in-memory queue lost them, and a job held by a
    /// process of this host that no longer runs is expired at once rather than after its lease.</summary>
    public async Task<LongJobSweep> SweepAsync(bool atStart, Func<int, bool>? processRuns = null, CancellationToken ct = default)
    {
        var now = Now;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (atStart) await ExpireDeadLocalOwnersAsync(db, now, processRuns ?? ProcessRuns, ct);

        var (until, max) = (now + options.Lease, options.MaxAttempts);
        var stalled = await db.Set<LongJobRecord>().AsNoTracking()
            .Where(j => j.State == LongJobState.Running && j.LeaseUntilUtc < now || j.State == LongJobState.Queued && (atStart || j.LeaseUntilUtc < now))
            .Select(j => new { j.Id, j.State, j.Attempts }).ToListAsync(ct);
        List<Guid> resumed = [], requeued = [];
        List<LongJobRecord> failed = [];
        foreach (var job in stalled)
        {
            var running = job.State == LongJobState.Running;
            var query = db.Set<LongJobRecord>().Where(j => j.Id == job.Id && j.State == job.State && j.Attempts == job.Attempts
                && (atStart && !running || j.LeaseUntilUtc < now));
            if (running && job.Attempts >= max)
            {
                if (await query.ExecuteUpdateAsync(j => j.SetProperty(x => x.State, LongJobState.Failed)
                        .SetProperty(x => x.ErrorCode, LongJobErrors.Interrupted).SetProperty(x => x.FinishedAtUtc, now)
                        .SetProperty(x => x.LeaseUntilUtc, (DateTime?)null), ct) == 1)
                    failed.Add(await db.Set<LongJobRecord>().AsNoTracking().SingleAsync(j => j.Id == job.Id, ct));
                continue;
            }

            var moved = await query.ExecuteUpdateAsync(j => j.SetProperty(x => x.State, LongJobState.Queued).SetProperty(x => x.Owner, (string?)null)
                .SetProperty(x => x.LeaseUntilUtc, until), ct);
            if (moved == 1) (running ? resumed : requeued).Add(job.Id);
        }

        return new LongJobSweep(resumed, requeued, failed);
    }

    /// <summary>Marks stalled jobs of one kind and subject failed, so a new one may start; live ones are left alone.</summary>
    public async Task<IReadOnlyList<Guid>> SupersedeStalledAsync(AppDbContext db, string kind, string subjectKey, CancellationToken ct = default)
    {
        var now = Now;
        var stalled = await db.Set<LongJobRecord>()
            .Where(j => j.Kind == kind && j.SubjectKey == subjectKey && j.State == LongJobState.Running && j.LeaseUntilUtc < now)
            .Select(j => j.Id).ToListAsync(ct);
        List<Guid> superseded = [];
        foreach (var id in stalled)
            if (await db.Set<LongJobRecord>().Where(j => j.Id == id && j.State == LongJobState.Running && j.LeaseUntilUtc < now)
                    .ExecuteUpdateAsync(j => j.SetProperty(x => x.State, LongJobState.Failed).SetProperty(x => x.ErrorCode, LongJobErrors.Superseded)
                        .SetProperty(x => x.FinishedAtUtc, now).SetProperty(x => x.LeaseUntilUtc, (DateTime?)null), ct) == 1)
                superseded.Add(id);
        return superseded;
    }

    private async Task ExpireDeadLocalOwnersAsync(AppDbContext db, DateTime now, Func<int, bool> processRuns, CancellationToken ct)
    {
        var held = await db.Set<LongJobRecord>().AsNoTracking().Where(j => j.State == LongJobState.Running && j.LeaseUntilUtc >= now)
            .Select(j => new { j.Id, j.Owner }).ToListAsync(ct);
        var past = now.AddTicks(-1);
        foreach (var job in held)
        {
            if (LongJobOwner.Parse(job.Owner) is not { } other || other.Host != owner.Host || other.Start == owner.Start) continue;
            if (other.ProcessId != owner.ProcessId && processRuns(other.ProcessId)) continue;
            await db.Set<LongJobRecord>().Where(j => j.Id == job.Id && j.Owner == job.Owner && j.State == LongJobState.Running)
                .ExecuteUpdateAsync(j => j.SetProperty(x => x.LeaseUntilUtc, past), ct);
        }
    }

    private static bool ProcessRuns(int processId)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private async Task<bool> MineAsync(Guid id,
        Func<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<LongJobRecord>,
            Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<LongJobRecord>> set,
        CancellationToken ct, bool releaseLease = false)
    {
        var now = Now;
        // Each column is set once: PostgreSQL refuses a second assignment to the same column (SQLite takes the last).
        var (me, until) = (Me, releaseLease ? (DateTime?)null : now + options.Lease);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<LongJobRecord>().Where(j => j.Id == id && j.Owner == me && j.State == LongJobState.Running)
            .ExecuteUpdateAsync(j => set(j.SetProperty(x => x.LeaseUntilUtc, until).SetProperty(x => x.HeartbeatUtc, now)), ct) == 1;
    }
}
