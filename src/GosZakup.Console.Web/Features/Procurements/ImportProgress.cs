using System.Text.Json;
using GosZakup.Console.Infrastructure.Jobs;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Features.LongJobs;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Procurements;

public enum ImportState
{
    Queued = 1,
    Running = 2,
    Finished = 3,
    Failed = 4,
}

/// <summary>Where an import stands, as the page's progress bar shows it: read from the database, so it survives a restart
/// and every instance sees it. <paramref name="Runs"/> above one means a run was interrupted and resumed.</summary>
public sealed record ImportProgress(Guid Id, string FileName, ImportState State, int Total, int Done, ImportResult? Result,
    int Runs = 1, string? ErrorCode = null, bool Stalled = false)
{
    public int Percent => Total == 0 ? (State == ImportState.Finished ? 100 : 0) : 100 * Done / Total;

    public bool IsRunning => State is ImportState.Queued or ImportState.Running;
}

/// <summary>Imports as long jobs: the uploaded file is kept on the job (so a run lost in a crash is resumed from the
/// database, not from a queue argument), and the progress is read back from it.</summary>
public sealed class ImportRequests(IDbContextFactory<AppDbContext> dbFactory, LongJobQueue queue, LongJobOptions options, TimeProvider clock)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<Guid> QueueAsync(string fileName, string content, string byName, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var job = LongJobRecord.Queue(ProcurementImportJob.Kind, fileName, byName, now, options.Lease);
        (job.Payload, job.PayloadName) = (content, fileName);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.Add(job);
        await db.SaveChangesAsync(ct);
        queue.Enqueue(job.Id);
        return job.Id;
    }

    /// <summary>Runs a stopped import's file again, for the person who asks; null when there is nothing to run again.</summary>
    public async Task<Guid?> AgainAsync(Guid id, string byName, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var stopped = await db.Set<LongJobRecord>().AsNoTracking()
            .Where(j => j.Id == id && j.Kind == ProcurementImportJob.Kind && j.State == LongJobState.Failed && j.Payload != null)
            .Select(j => new { j.PayloadName, j.Payload }).SingleOrDefaultAsync(ct);
        return stopped is null ? null : await QueueAsync(stopped.PayloadName ?? "", stopped.Payload!, byName, ct);
    }

    public async Task<ImportProgress?> FindAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await ProgressAsync(db.Set<LongJobRecord>().Where(j => j.Id == id && j.Kind == ProcurementImportJob.Kind), ct);
    }

    /// <summary>This person's latest import of the last day, so the page shows it again after a reload or a restart.</summary>
    public async Task<ImportProgress?> LatestAsync(string byName, CancellationToken ct = default)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-1);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await ProgressAsync(db.Set<LongJobRecord>()
            .Where(j => j.Kind == ProcurementImportJob.Kind && j.RequestedByName == byName && j.CreatedAtUtc >= since)
            .OrderByDescending(j => j.CreatedAtUtc), ct);
    }

    private async Task<ImportProgress?> ProgressAsync(IQueryable<LongJobRecord> jobs, CancellationToken ct)
    {
        var job = await jobs.AsNoTracking()
            .Select(j => new { j.Id, j.PayloadName, j.State, j.Total, j.Done, j.ResultJson, j.Attempts, j.ErrorCode, j.LeaseUntilUtc })
            .FirstOrDefaultAsync(ct);
        if (job is null) return null;
        var result = job.State == LongJobState.Finished && job.ResultJson is { } json ? JsonSerializer.Deserialize<ImportResult>(json, Json) : null;
        var stalled = job.State == LongJobState.Running && job.LeaseUntilUtc < clock.GetUtcNow().UtcDateTime;
        return new ImportProgress(job.Id, job.PayloadName ?? "", (ImportState)job.State, job.Total, job.Done, result, Math.Max(job.Attempts, 1), job.ErrorCode,
            stalled);
    }
}
