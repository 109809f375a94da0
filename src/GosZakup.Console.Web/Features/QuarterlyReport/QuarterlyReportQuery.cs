using System.Security.Claims;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Oversight;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Infrastructure.Jobs;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.Reports;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.QuarterlyReport;

/// <summary>A build as the page lists it. <paramref name="Runs"/> counts its job's runs; <paramref name="Live"/> says a job still
/// works on it; <paramref name="Stalled"/> that its process stopped and none has taken it over yet (the sweep resumes it, and a
/// new build of the quarter may replace it).</summary>
public sealed record QuarterlyReportRow(
    Guid Id, Quarter Quarter, QuarterlyReportState State, int Progress, DateTime RequestedAtUtc, string RequestedByName, DateTime? BuiltAtUtc,
    string? Error, DateTime? SignedAtUtc, string? SignedByName, Guid Version, int Runs = 1, bool Live = true, bool Stalled = false)
{
    /// <summary>Being built: queued or building, and its job alive (a build left by a dead process with no job reads as stopped).</summary>
    public bool IsRunning => State is QuarterlyReportState.Queued or QuarterlyReportState.Building && Live;

    /// <summary>The state the page shows: a build no job is working on any more has stopped.</summary>
    public QuarterlyReportState Shown => State is QuarterlyReportState.Queued or QuarterlyReportState.Building && !Live ? QuarterlyReportState.Failed : State;

    /// <summary>A run of this build was interrupted (the server stopped) and another resumed it.</summary>
    public bool WasResumed => Runs > 1 && Shown != QuarterlyReportState.Failed;

    public bool HasFiles => State is QuarterlyReportState.Ready or QuarterlyReportState.Signed;
}

public sealed record QuarterlyReportFile(byte[] Content, string ContentType, string FileName);

/// <summary>The report builds and their files. The Working Group sees signed reports only (issue 8 §6): a build
/// nobody has signed yet is the operator's draft.</summary>
public sealed class QuarterlyReportQuery(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public const int MaxRows = 40;

    public static bool SeesDrafts(ClaimsPrincipal user) => user.IsInRole(StaffRole.Manager) || user.IsInRole(StaffRole.Supervisor);

    public async Task<IReadOnlyList<QuarterlyReportRow>> ListAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var drafts = SeesDrafts(user);
        var rows = await db.Set<QuarterlyReportRecord>().AsNoTracking()
            .Where(r => drafts || r.State == QuarterlyReportState.Signed)
            .OrderByDescending(r => r.RequestedAtUtc).Take(MaxRows)
            .Select(r => new
            {
                r.Id, r.Year, r.Quarter, r.State, r.Progress, r.RequestedAtUtc, r.RequestedByName, r.BuiltAtUtc, r.Error,
                SignedAtUtc = (DateTime?)r.Signature!.SignedAtUtc, SignedByName = (string?)r.Signature.SignerName, r.Version,
            })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var jobs = await db.Set<LongJobRecord>().AsNoTracking().Where(j => ids.Contains(j.Id))
            .Select(j => new { j.Id, j.Attempts, j.State, j.LeaseUntilUtc, j.ErrorCode }).ToDictionaryAsync(j => j.Id, ct);
        return [.. rows.Select(r =>
        {
            var job = jobs.GetValueOrDefault(r.Id);
            var live = job is { State: LongJobState.Queued or LongJobState.Running };
            var stalled = job is { State: LongJobState.Running } && job.LeaseUntilUtc < now;
            return new QuarterlyReportRow(r.Id, new Quarter(r.Year, r.Quarter), r.State, r.Progress, r.RequestedAtUtc, r.RequestedByName,
                r.BuiltAtUtc, r.Error ?? job?.ErrorCode, r.SignedAtUtc, r.SignedByName, r.Version, job?.Attempts ?? 1, live, stalled);
        })];
    }

    /// <summary>The PDF (signed once it is) or the spreadsheet; null when there is none or this user may not see it.</summary>
    public async Task<QuarterlyReportFile?> FileAsync(Guid id, string kind, ClaimsPrincipal user, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var report = await db.Set<QuarterlyReportRecord>().AsNoTracking().Where(r => r.Id == id)
            .Select(r => new { r.Year, r.Quarter, r.State }).SingleOrDefaultAsync(ct);
        if (report is null || report.State != QuarterlyReportState.Signed && !SeesDrafts(user)) return null;
        var signed = report.State == QuarterlyReportState.Signed;
        var stored = kind == QuarterlyReportFileRecord.Pdf && signed ? QuarterlyReportFileRecord.SignedPdf : kind;
        var content = await db.Set<QuarterlyReportFileRecord>().AsNoTracking().Where(f => f.ReportId == id && f.Kind == stored)
            .Select(f => f.Content).SingleOrDefaultAsync(ct);
        if (content is null) return null;
        var name = $"quarterly-report-{report.Year}-Q{report.Quarter}{(stored == QuarterlyReportFileRecord.SignedPdf ? "-signed" : "")}";
        return kind == QuarterlyReportFileRecord.Xlsx
            ? new QuarterlyReportFile(content, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{name}.xlsx")
            : new QuarterlyReportFile(content, "application/pdf", $"{name}.pdf");
    }
}
