using System.Security.Claims;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Oversight;
using GosZakup.Console.Infrastructure.Documents;
using GosZakup.Console.Infrastructure.Documents.Signing;
using GosZakup.Console.Infrastructure.Jobs;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.Reports;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Acts.Signing;
using GosZakup.Console.Web.Features.LongJobs;
using GosZakup.Console.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.QuarterlyReport;

/// <summary>R2 §27: a Manager or Supervisor asks for a quarter's report (built by <see cref="QuarterlyReportJob"/>), and the
/// operator's head — the Manager — signs the built report with the same digital signature as Acts.</summary>
public sealed class QuarterlyReportCommands(IDbContextFactory<AppDbContext> dbFactory, SignatureTrust trust, TimeProvider clock,
    LongJobLeases leases, LongJobOptions jobOptions, LongJobQueue queue)
{
    /// <summary>Records the request and hands it to the job queue; the result's value is the new report's id.</summary>
    public async Task<CommandResult<string>> RequestAsync(Quarter quarter, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!QuarterlyReportLifecycle.MayRequest(user.StaffRoles())) return CommandResult<string>.Refused(RefusalCode.RoleNotAllowed, "Quarterly.Error.Role");
        var now = clock.GetUtcNow().UtcDateTime;
        if (quarter.Number is < 1 or > 4 || quarter.Year < 2020 || quarter.FromUtc > now)
            return CommandResult<string>.Refused(RefusalCode.OutOfRange, "Quarterly.Error.Quarter");

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var subject = QuarterlyReportJob.SubjectOf(quarter);
        // A build whose process died and was not resumed yet no longer holds the quarter: it stops, and this one starts.
        var superseded = await leases.SupersedeStalledAsync(db, QuarterlyReportJob.Kind, subject, ct);
        if (superseded.Count > 0) await QuarterlyReportJob.MarkFailedAsync(db, superseded, LongJobErrors.Superseded, ct);
        var busy = await db.Set<LongJobRecord>().AnyAsync(j => j.Kind == QuarterlyReportJob.Kind && j.SubjectKey == subject
            && (j.State == LongJobState.Queued || j.State == LongJobState.Running && j.LeaseUntilUtc >= now), ct);
        if (busy) return CommandResult<string>.Refused(RefusalCode.Busy, "Quarterly.Error.Busy", quarter.ToString());

        var byName = user.Identity?.Name ?? "?";
        var report = new QuarterlyReportRecord { Year = quarter.Year, Quarter = quarter.Number, RequestedAtUtc = now, RequestedByName = byName };
        db.Add(report);
        db.Add(LongJobRecord.Queue(QuarterlyReportJob.Kind, subject, byName, now, jobOptions.Lease, report.Id));
        await db.SaveChangesAsync(ct);
        queue.Enqueue(report.Id);
        return CommandResult<string>.Ok(report.Id.ToString());
    }

    public async Task<CommandResult<string>> SignAsync(Guid reportId, Guid version, ActSignature signature, ClaimsPrincipal user,
        CancellationToken ct = default)
    {
        var roles = user.StaffRoles();
        if (!QuarterlyReportLifecycle.MayTake(QuarterlyReportAction.Sign, roles))
            return CommandResult<string>.Refused(RefusalCode.RoleNotAllowed, "Quarterly.Error.SignRole");
        if (SignatureInput.Errors(signature) is { Count: > 0 } errors) return CommandResult<string>.Invalid(errors);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var report = await db.Set<QuarterlyReportRecord>().SingleOrDefaultAsync(r => r.Id == reportId, ct);
        if (report is null) return CommandResult<string>.Refused(RefusalCode.NotFound, "Quarterly.Error.NotFound");
        if (report.Version != version) return CommandResult<string>.Refused(RefusalCode.Stale, "Acts.Error.Changed");
        if (!QuarterlyReportLifecycle.Check(report.State, QuarterlyReportAction.Sign, roles).IsAllowed || report.ContentJson is null)
            return CommandResult<string>.Refused(RefusalCode.NotAllowedFromStatus, "Quarterly.Error.NotReady");

        var (opened, problem) = SignatureInput.Open(trust, signature, user);
        if (opened is null) return CommandResult<string>.Invalid(SignatureInput.FileError(problem!));
        using var certificate = opened;
        var now = clock.GetUtcNow().UtcDateTime;
        var position = new BilingualText(signature.PositionKk.Trim(), signature.PositionRu.Trim());
        var content = QuarterlyReportContent.Read(report.ContentJson);
        var signed = new PdfSigner(clock).Sign(QuarterlyReportPdf.Render(content, new ActSigner(position, certificate.SignerName())), certificate,
            new PdfSigningOptions($"Тоқсандық есеп / Квартальный отчёт {content.Quarter} (R2 §27)", "Астана"));

        report.Sign(CertificateSignature.Of(certificate, signed, now, position.Both));
        db.Add(new QuarterlyReportFileRecord { ReportId = report.Id, Kind = QuarterlyReportFileRecord.SignedPdf, Content = signed });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult<string>.Refused(RefusalCode.Stale, "Acts.Error.Changed");
        }
        return CommandResult<string>.Ok(report.Id.ToString());
    }
}
