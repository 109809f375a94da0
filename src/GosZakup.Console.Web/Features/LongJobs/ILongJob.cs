using GosZakup.Console.Infrastructure.Jobs;

namespace GosZakup.Console.Web.Features.LongJobs;

/// <summary>A kind of long job, registered under its kind. It must be idempotent: a run may be interrupted at any point
/// and run again from the start or from its checkpoint, and its effects must still happen once.</summary>
public interface ILongJob
{
    /// <returns>The result to keep on the job (JSON), or null.</returns>
    Task<string?> RunAsync(LongJobContext job, CancellationToken ct);

    /// <summary>The job stopped for good (<see cref="LongJobErrors"/>): leave the subject so that it can be started again.</summary>
    Task FailedAsync(LongJobRecord job, string errorCode, CancellationToken ct);
}

/// <summary>Thrown when this runner no longer holds the job's lease: another runner resumed it, or the sweep failed it.</summary>
public sealed class LongJobLeaseLostException(Guid id) : OperationCanceledException($"The lease of long job {id} was lost.");

/// <summary>What a running job sees of itself: its record as claimed and a way to record progress (which also renews the lease).</summary>
public sealed class LongJobContext(LongJobRecord job, LongJobLeases leases, LongJobOptions options, TimeProvider clock)
{
    public LongJobRecord Job => job;

    /// <summary>This run resumes one that was interrupted.</summary>
    public bool IsResumed => job.Attempts > 1;

    public async Task StepAsync(int progress, int done, int total, string? checkpoint, CancellationToken ct)
    {
        if (!await leases.ReportAsync(job.Id, progress, done, total, checkpoint, ct)) throw new LongJobLeaseLostException(job.Id);
        // Test-only slowing (Jobs:Leases:StepDelayMilliseconds), zero in Production: lets a test kill the host mid-job.
        if (options.StepDelay > TimeSpan.Zero) await Task.Delay(options.StepDelay, clock, ct);
    }
}
