using GosZakup.Console.Domain.Extensions;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Infrastructure.Documents;
using GosZakup.Console.Infrastructure.Extensions;
using GosZakup.Console.Infrastructure.Identity;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Features.Extensions;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.OwnerReports;

/// <summary>Reads what the report to the Owner states, and turns it into the letter's document.</summary>
public sealed class OwnerReportQuery(IDbContextFactory<AppDbContext> dbFactory, SingleOperator @operator)
{
    /// <summary>A high failure can move thousands of deadlines; the letter lists this many and counts the rest.</summary>
    public const int ListedDeadlines = 50;

    public async Task<OwnerReportView?> LoadAsync(string number, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var incident = await db.Set<IncidentRecord>().AsNoTracking().SingleOrDefaultAsync(i => i.Number == number, ct);
        if (incident is null) return null;
        var appeals = await db.Set<AppealRecord>().AsNoTracking().Where(a => a.IncidentId == incident.Id).ToListAsync(ct);
        var code = ObligationCatalogue.OwnerReportMedium.Code;
        var dutyOpen = await db.Obligations.Of(ObligationSubject.Incident(incident.Id)).Open().AnyAsync(o => o.Code == code, ct);
        var kinds = IncidentFailureFacts.Sources(number).Select(s => s.Kind).ToList();
        var orders = db.Set<ExtensionOrderRecord>().AsNoTracking()
            .Where(o => o.SourceId == number && kinds.Contains(o.SourceKind) && o.State != ExtensionOrderState.Superseded);
        var total = await orders.CountAsync(ct);
        var listed = await orders.OrderBy(o => o.ProcurementNumber).ThenBy(o => o.LotNumber).ThenBy(o => o.Kind).Take(ListedDeadlines)
            .Select(o => new OwnerReportDeadline(o.ProcurementNumber, o.LotNumber, o.Kind, o.OldUtc, o.NewUtc)).ToListAsync(ct);
        var from = IncidentFailureFacts.From(incident, appeals).DetectedAt.ToDateTimeUtc();
        var cause = incident.CauseCode is { } causeCode ? FailureCauseCatalogue.Find(causeCode) : null;
        return new OwnerReportView(incident, dutyOpen, cause, from, listed, total - listed.Count) { Staff = await StaffNameBook.ReadAsync(db, ct) };
    }

    /// <summary>The letter as sent, or null before it was sent.</summary>
    public OwnerReportDocument? SentDocument(OwnerReportView view) =>
        view.Incident is { OwnerReportSentAtUtc: { } at, OwnerReportSentBy: { } by, PreventionKk: { } kk, PreventionRu: { } ru }
            ? Document(view, kk, ru, at, by, draft: false)
            : null;

    /// <summary>Null when the failure has no level, fix or cause yet: the report cannot state them.</summary>
    /// <param name="by">The sender's login; the letter prints their full name in both languages.</param>
    public OwnerReportDocument? Document(OwnerReportView view, string preventionKk, string preventionRu, DateTime atUtc, string by, bool draft)
    {
        by = view.Staff?.Of(null, by).Bilingual.Both ?? by;
        var incident = view.Incident;
        if (incident is not { Severity: { } level, FixedAtUtc: { } fixedAt } || view.Cause is not { } cause) return null;
        return new OwnerReportDocument(@operator.NameKk, @operator.NameRu, incident.Number, level, incident.SystemModule,
            view.FailureFromUtc, fixedAt, new BilingualText(cause.Title.Kk, cause.Title.Ru), cause.Clause, incident.FixMeasures ?? "",
            view.Deadlines, view.MoreDeadlines, preventionKk.Trim(), preventionRu.Trim(), atUtc, by, draft);
    }
}
