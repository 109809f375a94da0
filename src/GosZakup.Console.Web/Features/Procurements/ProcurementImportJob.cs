using System.Text.Json;
using GosZakup.Console.Infrastructure.Jobs;
using GosZakup.Console.Web.Features.LongJobs;

namespace GosZakup.Console.Web.Features.Procurements;

/// <summary>An uploaded import as a long job. The file is the job's payload in the database (uploads are limited to
/// <see cref="MaxBytes"/>). Idempotent: procurements are upserted by announcement number, each saved on its own, and the
/// checkpoint after each one lets a resumed run carry on where the interrupted one stopped.</summary>
public sealed class ProcurementImportJob(ProcurementImport import, ILogger<ProcurementImportJob> log) : ILongJob
{
    public const string Kind = "procurement-import";
    public const long MaxBytes = 5 * 1024 * 1024;

    public async Task<string?> RunAsync(LongJobContext job, CancellationToken ct)
    {
        var fileName = job.Job.PayloadName ?? "";
        var file = ProcurementImport.Read(fileName, job.Job.Payload ?? "");
        var total = file.Procurements.Count;
        var from = job.Job.ResultJson is { } saved ? JsonSerializer.Deserialize<ImportCheckpoint>(saved, ImportRequests.Json)! : ImportCheckpoint.Start;
        await job.StepAsync(Percent(from.Done, total), from.Done, total, job.Job.ResultJson, ct);
        var result = await import.ImportAsync(file, job.Job.RequestedByName, from,
            (checkpoint, token) => job.StepAsync(Percent(checkpoint.Done, total), checkpoint.Done, total,
                JsonSerializer.Serialize(checkpoint, ImportRequests.Json), token), ct);
        log.LogInformation("Procurement import {File}: {Created} created, {Updated} updated, {Problems} problems{Resumed}",
            fileName, result.Created, result.Updated, result.Problems.Count, job.IsResumed ? " (resumed)" : "");
        return JsonSerializer.Serialize(result, ImportRequests.Json);
    }

    /// <summary>Nothing to undo: every procurement saved so far is whole; the file stays on the job for "import again".</summary>
    public Task FailedAsync(LongJobRecord job, string errorCode, CancellationToken ct) => Task.CompletedTask;

    private static int Percent(int done, int total) => total == 0 ? 0 : 100 * done / total;
}
