using GosZakup.Console.Infrastructure.Jobs;
using Hangfire;

namespace GosZakup.Console.Web.Features.LongJobs;

/// <summary>The one Hangfire entry point of long jobs: claims the job (nothing happens if another runner holds it or it
/// is over), renews the lease every heartbeat while the kind's handler runs, and records the end. A run that loses its
/// lease stops; one stopped by shutdown keeps its lease until it runs out, and the sweep resumes it.</summary>
public sealed class LongJobRunner(IServiceProvider services, LongJobLeases leases, LongJobOptions options, TimeProvider clock, ILogger<LongJobRunner> log)
{
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(Guid jobId, CancellationToken ct)
    {
        var job = await leases.ClaimAsync(jobId, ct);
        if (job is null) return;
        var handler = services.GetRequiredKeyedService<ILongJob>(job.Kind);
        if (job.Attempts > 1) log.LogWarning("Long job {Kind} {Id} resumed after an interruption (run {Attempt})", job.Kind, job.Id, job.Attempts);

        using var work = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var beat = new CancellationTokenSource();
        var heartbeat = HeartbeatAsync(jobId, work, beat.Token);
        try
        {
            var result = await handler.RunAsync(new LongJobContext(job, leases, options, clock), work.Token);
            await beat.CancelAsync();
            await heartbeat;
            if (!await leases.FinishAsync(jobId, result, CancellationToken.None))
                log.LogWarning("Long job {Kind} {Id} finished after losing its lease", job.Kind, job.Id);
        }
        catch (Exception e) when (e is OperationCanceledException && (work.IsCancellationRequested || e is LongJobLeaseLostException))
        {
            log.LogWarning("Long job {Kind} {Id} stopped before its end; the sweep resumes it", job.Kind, job.Id);
        }
        catch (Exception e)
        {
            log.LogError(e, "Long job {Kind} {Id} failed", job.Kind, job.Id);
            if (await leases.FailAsync(jobId, LongJobErrors.Error, CancellationToken.None))
                await handler.FailedAsync(job, LongJobErrors.Error, CancellationToken.None);
        }
        finally
        {
            await beat.CancelAsync();
            await heartbeat;
        }
    }

    private async Task HeartbeatAsync(Guid jobId, CancellationTokenSource work, CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await Task.Delay(options.Heartbeat, clock, stop);
                if (await leases.RenewAsync(jobId, stop)) continue;
                log.LogWarning("Long job {Id} lost its lease; stopping this run", jobId);
                await work.CancelAsync();
                return;
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e)
        {
            // A database hiccup: the next step's report renews the lease again, or the sweep takes the job over.
            log.LogWarning(e, "Long job {Id}: heartbeat failed", jobId);
        }
    }
}
