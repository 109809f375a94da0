using Hangfire;

namespace GosZakup.Console.Web.Features.LongJobs;

/// <summary>Hands a long job to Hangfire by its id only: its input stays in the database, so a queue lost in a crash
/// loses nothing (the sweep enqueues it again).</summary>
public sealed class LongJobQueue(IBackgroundJobClient? jobs = null)
{
    public void Enqueue(Guid jobId) => jobs?.Enqueue<LongJobRunner>(runner => runner.RunAsync(jobId, CancellationToken.None));
}
