using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Infrastructure.Documents;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.Reports;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.QuarterlyReport;

/// <summary>Builds one requested quarterly report in the background (R2 §27): gathers the content, renders the PDF and the
/// spreadsheet, and stores them, writing its progress on the record as it goes so the page can show it.</summary>
public sealed class QuarterlyReportJob(IDbContextFactory<AppDbContext> dbFactory, QuarterlyReportBuilder builder, ILogger<QuarterlyReportJob> log)
{
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(Guid reportId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var report = await db.Set<QuarterlyReportRecord>().SingleOrDefaultAsync(r => r.Id == reportId, ct);
        if (report is not { State: QuarterlyReportState.Queued }) return;
        try
        {
            await StepAsync(db, reportId, QuarterlyReportState.Building, 10, ct);
            var content = await builder.BuildAsync(new Quarter(report.Year, report.Quarter), ct);
            await StepAsync(db, reportId, QuarterlyReportState.Building, 50, ct);
            var pdf = QuarterlyReportPdf.Render(content, signer: null);
            await StepAsync(db, reportId, QuarterlyReportState.Building, 80, ct);
            var xlsx = QuarterlyReportXlsx.Write(content);
            await StepAsync(db, reportId, QuarterlyReportState.Building, 90, ct);

            await db.Entry(report).ReloadAsync(ct);
            db.AddRange(new QuarterlyReportFileRecord { ReportId = reportId, Kind = QuarterlyReportFileRecord.Pdf, Content = pdf },
                new QuarterlyReportFileRecord { ReportId = reportId, Kind = QuarterlyReportFileRecord.Xlsx, Content = xlsx });
            (report.State, report.Progress, report.BuiltAtUtc, report.ContentJson, report.Version) =
                (QuarterlyReportState.Ready, 100, content.BuiltAtUtc, QuarterlyReportContent.Write(content), Guid.NewGuid());
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Quarterly report {Id} failed", reportId);
            db.ChangeTracker.Clear();
            await db.Set<QuarterlyReportRecord>().Where(r => r.Id == reportId).ExecuteUpdateAsync(r => r
                .SetProperty(x => x.State, QuarterlyReportState.Failed).SetProperty(x => x.Error, e.GetType().Name)
                .SetProperty(x => x.Version, Guid.NewGuid()), ct);
        }
    }

    private Task StepAsync(AppDbContext db, Guid id, QuarterlyReportState state, int progress, CancellationToken ct) =>
        db.Set<QuarterlyReportRecord>().Where(r => r.Id == id)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.State, state).SetProperty(x => x.Progress, progress), ct);
}
