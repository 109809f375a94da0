using GosZakup.Console.Infrastructure.Acts;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.SecurityReturns;

/// <summary>One supplier's security with the duty now running on it (R2 §18, §19 or §20), if any.</summary>
public sealed record SecurityReturnRow(SecurityReturnRecord Return, ObligationRecord? OpenDuty);

public sealed record SecurityReturnsView(string ActNumber, bool IsOperatorRelated, DateTime? PublishedAtUtc, IReadOnlyList<SecurityReturnRow> Rows);

/// <summary>Securities returned by organisers (R2 §18) and refunded by the operator (R2 §20) in a period, by the date of
/// the return or refund; amounts in tenge.</summary>
public sealed record SecurityReturnTotals(int ReturnedByOrganisers, decimal ReturnedAmount, int RefundedByOperator, decimal RefundedAmount);

public sealed class SecurityReturnQuery(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<SecurityReturnsView?> ForActAsync(Guid actId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var act = await db.Set<ActRecord>().AsNoTracking().Where(a => a.Id == actId)
            .Select(a => new { a.Number, a.IsOperatorRelated, a.PublishedAtUtc }).SingleOrDefaultAsync(ct);
        if (act is null) return null;
        var rows = await db.Set<SecurityReturnRecord>().AsNoTracking().Where(r => r.ActId == actId).ToListAsync(ct);
        var subjects = rows.Select(r => r.Id.ToString()).ToList();
        var open = await db.Obligations.AsNoTracking()
            .OfType(ObligationSubjectType.SecurityReturn).Open().Where(o => subjects.Contains(o.SubjectId))
            .ToListAsync(ct);
        return new SecurityReturnsView(act.Number, act.IsOperatorRelated, act.PublishedAtUtc, [.. rows
            .OrderBy(r => r.ProcurementNumber).ThenBy(r => r.SupplierName)
            .Select(r => new SecurityReturnRow(r, open.Where(o => o.SubjectId == r.Id.ToString()).MinBy(o => o.DueAtUtc)))]);
    }

    /// <summary>For the quarterly report (R2 §27): the period is [<paramref name="fromUtc"/>, <paramref name="toUtc"/>).</summary>
    public async Task<SecurityReturnTotals> TotalsAsync(DateTime fromUtc, DateTime toUtc, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = db.Set<SecurityReturnRecord>().AsNoTracking();
        // SQLite cannot sum decimals: the amounts are added here.
        var returned = await rows.Where(r => r.ReturnedAtUtc >= fromUtc && r.ReturnedAtUtc < toUtc).Select(r => r.Amount).ToListAsync(ct);
        var refunded = await rows.Where(r => r.RefundedAtUtc >= fromUtc && r.RefundedAtUtc < toUtc).Select(r => r.Amount).ToListAsync(ct);
        return new SecurityReturnTotals(returned.Count, returned.Sum(), refunded.Count, refunded.Sum());
    }
}
