using GosZakup.Console.Infrastructure.Jobs;

namespace GosZakup.Console.Web.Features.LongJobs;

/// <summary>At start and then every <see cref="LongJobOptions.SweepInterval"/> (a minute): resumes long jobs whose
/// process is gone, enqueues again those the in-memory queue lost, and fails (in words, on their page) those interrupted
/// too often. A hosted loop rather than a Hangfire recurring job so that it runs at start and a test can sweep every second;
/// every change it makes is conditional, so several instances sweeping at once do no harm.</summary>
public sealed class LongJobSweeper(IServiceScopeFactory scopes, LongJobOptions options, TimeProvider clock, ILogger<LongJobSweeper> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var atStart = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SweepAsync(atStart, stoppingToken);
                atStart = false;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogWarning(e, "Long job sweep failed; trying again at the next one");
            }

            try
            {
                await Task.Delay(options.SweepInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async Task<LongJobSweep> SweepAsync(bool atStart, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var sweep = await services.GetRequiredService<LongJobLeases>().SweepAsync(atStart, ct: ct);
        foreach (var failed in sweep.Failed)
        {
            log.LogError("Long job {Kind} {Id} failed: interrupted {Attempts} times", failed.Kind, failed.Id, failed.Attempts);
            await services.GetRequiredKeyedService<ILongJob>(failed.Kind).FailedAsync(failed, failed.ErrorCode ?? LongJobErrors.Interrupted, ct);
        }

        var queue = services.GetRequiredService<LongJobQueue>();
        foreach (var id in sweep.ToEnqueue) queue.Enqueue(id);
        if (sweep.Resumed.Count + sweep.Requeued.Count + sweep.Failed.Count > 0)
            log.LogWarning("Long job sweep: {Resumed} resumed, {Requeued} queued again, {Failed} failed", sweep.Resumed.Count, sweep.Requeued.Count,
                sweep.Failed.Count);
        return sweep;
    }
}
