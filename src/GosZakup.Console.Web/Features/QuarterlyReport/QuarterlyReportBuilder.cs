using GosZakup.Console.Domain.Acts;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Acts;
using GosZakup.Console.Infrastructure.Documents;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Features.Journal;
using GosZakup.Console.Web.Features.SecurityReturns;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.QuarterlyReport;

/// <summary>Gathers a quarter's report (R2 §27) from the Journal, the incidents, the duties and the Acts, as they stand now.</summary>
public sealed class QuarterlyReportBuilder(IDbContextFactory<AppDbContext> dbFactory, JournalQuery journal, SecurityReturnQuery securityReturns,
    TimeProvider clock)
{
    /// <summary>As many rows as the Journal's own export: beyond that the extract counts the appeals rather than listing them.</summary>
    public const int MaxJournalRows = JournalExport.MaxRows;

    public async Task<QuarterlyReportDocument> BuildAsync(Quarter quarter, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (first, last) = quarter.Days;
        var appeals = await journal.AllAsync(new JournalFilter(FromDay: first.ToDateTimeUnspecified(), ToDay: last.ToDateTimeUnspecified(),
            SortBy: JournalSort.Registered, Descending: false), MaxJournalRows, ct);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (from, to) = (quarter.FromUtc, quarter.ToUtc);
        var incidents = (await db.Set<IncidentRecord>().AsNoTracking().Where(i => i.RegisteredAtUtc >= from && i.RegisteredAtUtc < to)
                .OrderBy(i => i.RegisteredAtUtc)
                .Select(i => new
                {
                    i.Number, i.RegisteredAtUtc, i.Severity, i.Status, i.IsOperatorRelated, i.CauseCode, i.FixMeasures, i.FixedAtUtc,
                    i.PreventionKk, i.PreventionRu
                })
                .ToListAsync(ct))
            .Select(i => (Cause: i.CauseCode is null ? null : FailureCauseCatalogue.Find(i.CauseCode), Row: i))
            .Select(x => new QuarterIncident(x.Row.Number, x.Row.RegisteredAtUtc, x.Row.Status == IncidentStatus.Refuted ? null : x.Row.Severity, x.Row.Status,
                x.Row.IsOperatorRelated ?? x.Cause?.IsOperatorRelated, x.Cause?.Title.Kk, x.Cause?.Title.Ru, x.Row.FixMeasures, x.Row.FixedAtUtc,
                x.Row.PreventionKk, x.Row.PreventionRu))
            .ToList();
        var byLevel = incidents.GroupBy(i => i.Level).OrderBy(g => g.Key.HasValue ? (int)g.Key.Value : 99)
            .Select(g => new LevelCount(g.Key, g.Count())).ToList();

        var acts = await ActsAsync(db, from, to, ct);
        return new QuarterlyReportDocument(quarter, now, [.. appeals.Rows.Select(JournalExport.ToF1)], appeals.Total, incidents, byLevel,
            await BreachesAsync(db, from, to, now, ct), acts, Security(acts.Sum(a => a.Total), await securityReturns.TotalsAsync(from, to, ct)));
    }

    private static QuarterSecurity Security(decimal inActs, SecurityReturnTotals returns) =>
        new(inActs, returns.ReturnedByOrganisers, returns.ReturnedAmount, returns.RefundedByOperator, returns.RefundedAmount);

    private static async Task<List<ClauseBreaches>> BreachesAsync(AppDbContext db, DateTime from, DateTime to, DateTime now, CancellationToken ct) =>
        (await ObligationBreaches.PerClauseAsync(db.Obligations.AsNoTracking().Where(o => !o.Waived && o.DueAtUtc >= from && o.DueAtUtc < to), now, ct))
        .OrderBy(c => c.Clause, StringComparer.Ordinal).ThenBy(c => c.Code, StringComparer.Ordinal)
        .Select(c => new ClauseBreaches(c.Clause, c.Code, c.Due, c.Breached)).ToList();

    /// <summary>The Acts signed in the quarter whose suppliers lodged a security, with where each return stands.</summary>
    private static async Task<List<QuarterAct>> ActsAsync(AppDbContext db, DateTime from, DateTime to, CancellationToken ct)
    {
        var acts = await db.Set<ActRecord>().AsNoTracking().Include(a => a.Suppliers)
            .Where(a => a.State == ActState.Signed && a.Signature!.SignedAtUtc >= from && a.Signature.SignedAtUtc < to)
            .OrderBy(a => a.Year).ThenBy(a => a.Sequence).ToListAsync(ct);
        var ids = acts.Select(a => a.Id).ToList();
        var states = await db.Set<SecurityReturnRecord>().AsNoTracking().Where(r => ids.Contains(r.ActId))
            .ToDictionaryAsync(r => r.ActSupplierId, r => r.State, ct);
        return [.. acts
            .Select(a => new QuarterAct(a.Number, a.Signature!.SignedAtUtc, a.PublishedAtUtc, a.IsOperatorRelated, a.ProcurementNumbers,
                [.. a.Suppliers.Where(s => s.SecurityAmount > 0).OrderBy(s => s.ProcurementNumber, StringComparer.Ordinal)
                    .ThenBy(s => s.Name, StringComparer.Ordinal)
                    .Select(s =>
                        new QuarterActSupplier(s.Name, s.TaxpayerNumber, s.ProcurementNumber, s.SecurityAmount!.Value,
                            states.TryGetValue(s.Id, out var state) ? state : null))]))
            .Where(a => a.Suppliers.Count > 0)];
    }
}
