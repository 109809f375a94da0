using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Oversight;
using GosZakup.Console.Infrastructure.Documents;
using GosZakup.Console.Infrastructure.Jobs;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.Reports;
using GosZakup.Console.Web.Features.LongJobs;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.QuarterlyReport;

/// <summary>Builds one requested quarterly report as a long job (R2 §27): gathers the content, renders the PDF and the
/// spreadsheet, and stores them, writing its progress on the record as it goes so the page can show it. The job's id is
/// the report's. Idempotent: the files and the Ready state are saved in one transaction, so a run interrupted before it
/// builds everything again, and one interrupted after it finds the report built and does nothing.</summary>
public sealed class QuarterlyReportJob(IDbContextFactory<AppDbContext> dbFactory, QuarterlyReportBuilder builder) : ILongJob
{
    public const string Kind = "quarterly-report";

    /// <summary>The subject of a build: one live build per quarter.</summary>
    public static string SubjectOf(Quarter quarter) => $"{quarter.Year}-Q{quarter.Number}";

    public async Task<string?> RunAsync(LongJobContext job, CancellationToken ct)
    {
        var reportId = job.Job.Id;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var queued = await db.Set<QuarterlyReportRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == reportId, ct);
        if (queued is null || !QuarterlyReportLifecycle.IsInProgress(queued.State)) return null;

        await StepAsync(db, job, 10, ct);
        var content = await builder.BuildAsync(new Quarter(queued.Year, queued.Quarter), ct);
        await StepAsync(db, job, 50, ct);
        var pdf = QuarterlyReportPdf.Render(content, signer: null);
        await StepAsync(db, job, 80, ct);
        var xlsx = QuarterlyReportXlsx.Write(content);
        await StepAsync(db, job, 90, ct);

        // Read again, as the sweep may have failed the build meanwhile; a fresh read, not Reload, which EF 10 refuses for a
        // record whose optional complex property (the signature) is null (dotnet/efcore#37559).
        var report = await db.Set<QuarterlyReportRecord>().SingleOrDefaultAsync(r => r.Id == reportId, ct);
        if (report is null || !QuarterlyReportLifecycle.IsInProgress(report.State)) return null;
        db.AddRange(new QuarterlyReportFileRecord { ReportId = reportId, Kind = QuarterlyReportFileRecord.Pdf, Content = pdf },
            new QuarterlyReportFileRecord { ReportId = reportId, Kind = QuarterlyReportFileRecord.Xlsx, Content = xlsx });
        report.Built(content.BuiltAtUtc, QuarterlyReportContent.Write(content));
        await db.SaveChangesAsync(ct);
        return null;
    }

    public async Task FailedAsync(LongJobRecord job, string errorCode, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await MarkFailedAsync(db, [job.Id], errorCode, ct);
    }

    /// <summary>Builds that stopped for good: Failed with the reason's code, so the quarter can be built again.</summary>
    internal static Task MarkFailedAsync(AppDbContext db, IReadOnlyList<Guid> reportIds, string errorCode, CancellationToken ct) =>
        db.Set<QuarterlyReportRecord>()
            .Where(r => reportIds.Contains(r.Id) && (r.State == QuarterlyReportState.Queued || r.State == QuarterlyReportState.Building))
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.State, QuarterlyReportState.Failed).SetProperty(x => x.Error, errorCode)
                .SetProperty(x => x.Version, Guid.NewGuid()), ct);

    private static async Task StepAsync(AppDbContext db, LongJobContext job, int progress, CancellationToken ct)
    {
        var id = job.Job.Id;
        await db.Set<QuarterlyReportRecord>().Where(r => r.Id == id && (r.State == QuarterlyReportState.Queued || r.State == QuarterlyReportState.Building))
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.State, QuarterlyReportState.Building).SetProperty(x => x.Progress, progress), ct);
        await job.StepAsync(progress, progress, 100, null, ct);
    }
}
