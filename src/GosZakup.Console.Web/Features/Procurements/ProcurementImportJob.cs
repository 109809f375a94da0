namespace GosZakup.Console.Web.Features.Procurements;

/// <summary>The Hangfire job that runs an uploaded import. The file travels as the job's argument, so any server of
/// the Hangfire storage can run it; uploads are limited to <see cref="MaxBytes"/>.</summary>
public sealed class ProcurementImportJob(ProcurementImport import, ImportProgressStore progress, ILogger<ProcurementImportJob> log)
{
    public const long MaxBytes = 5 * 1024 * 1024;

    public async Task RunAsync(Guid progressId, string fileName, string content, string byName, CancellationToken ct)
    {
        var file = ProcurementImport.Read(fileName, content);
        var total = file.Procurements.Count;
        progress.Set(new ImportProgress(progressId, fileName, ImportState.Running, total, 0, null));
        try
        {
            var result = await import.ImportAsync(file, byName,
                new Reporter(done => progress.Set(new ImportProgress(progressId, fileName, ImportState.Running, total, done, null))), ct);
            progress.Set(new ImportProgress(progressId, fileName, ImportState.Finished, total, total, result));
            log.LogInformation("Procurement import {File}: {Created} created, {Updated} updated, {Problems} problems",
                fileName, result.Created, result.Updated, result.Problems.Count);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Procurement import {File} failed", fileName);
            progress.Set(new ImportProgress(progressId, fileName, ImportState.Failed, total, 0, null));
            throw;
        }
    }

    /// <summary>Reports on the caller's thread (unlike <see cref="Progress{T}"/>), so no late report overwrites the final state.</summary>
    private sealed class Reporter(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
