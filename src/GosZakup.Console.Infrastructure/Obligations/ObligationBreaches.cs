using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Infrastructure.Obligations;

/// <summary>One breach rule for every report (the dashboard, the daily analysis, the quarterly report): a duty is breached
/// when it was met after its deadline or is still open past it — <c>ObligationStates.At</c>'s MetLate or Breached, in SQL.
/// Waived duties never count.</summary>
public static class ObligationBreaches
{
    public static Expression<Func<ObligationRecord, bool>> At(DateTime nowUtc) =>
        o => !o.Waived && o.DueAtUtc != null && (o.MetAtUtc > o.DueAtUtc || (o.MetAtUtc == null && o.DueAtUtc < nowUtc));

    /// <summary>Per clause and duty: how many of <paramref name="duties"/> there are and how many are breached at <paramref name="nowUtc"/>.</summary>
    public static async Task<List<(string Clause, string Code, int Due, int Breached)>> PerClauseAsync(IQueryable<ObligationRecord> duties, DateTime nowUtc,
        CancellationToken ct)
    {
        var totals = await duties.GroupBy(o => new { o.Clause, o.Code }).Select(g => new { g.Key.Clause, g.Key.Code, Count = g.Count() }).ToListAsync(ct);
        var breached = await duties.Where(At(nowUtc)).GroupBy(o => new { o.Clause, o.Code }).Select(g => new { g.Key.Clause, g.Key.Code, Count = g.Count() })
            .ToDictionaryAsync(g => (g.Clause, g.Code), g => g.Count, ct);
        return [.. totals.Select(t => (t.Clause, t.Code, t.Count, breached.GetValueOrDefault((t.Clause, t.Code))))];
    }
}
