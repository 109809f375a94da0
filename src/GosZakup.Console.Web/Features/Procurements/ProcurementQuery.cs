using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.Procurements;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Procurements;

public sealed record ProcurementRow(string Number, string Name, string CustomerName, string CustomerBin, string OrganiserBin,
    Domain.Extensions.TradeMethod Method, decimal Amount, DateTime? AcceptanceEndUtc);

public sealed record ProcurementDetail(ProcurementRecord Procurement, IReadOnlyList<DeadlineChangeRecord> History);

/// <summary>Reads procurements for the page: a search by announcement number, name or BIN, a page at a time.</summary>
public sealed class ProcurementQuery(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<(IReadOnlyList<ProcurementRow> Rows, int Total)> SearchAsync(string? text, int skip, int take, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Set<ProcurementRecord>().AsNoTracking();
        text = text?.Trim();
        if (!string.IsNullOrEmpty(text))
            query = query.Where(p => p.AnnouncementNumber.Contains(text) || p.Name.Contains(text)
                || p.CustomerBin.StartsWith(text) || p.OrganiserBin.StartsWith(text) || p.CustomerName.Contains(text));
        var total = await query.CountAsync(ct);
        var rows = await query
            .OrderByDescending(p => p.AnnouncementNumber)
            .Skip(skip).Take(take)
            .Select(p => new ProcurementRow(p.AnnouncementNumber, p.Name, p.CustomerName, p.CustomerBin, p.OrganiserBin, p.Method,
                p.Lots.Sum(l => (decimal?)l.Amount) ?? 0,
                p.Deadlines.Where(d => d.LotId == null && d.Kind == Domain.Extensions.DeadlineKind.AcceptanceEnd).Select(d => (DateTime?)d.AtUtc)
                    .FirstOrDefault()))
            .ToListAsync(ct);
        return (rows, total);
    }

    /// <summary>The distinct modules the procurements run in, for the severity wizard's module (R2 §16.2 extends a whole module).</summary>
    public async Task<IReadOnlyList<string>> ModulesAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var modules = await db.Set<ProcurementRecord>().AsNoTracking()
            .Where(p => p.SystemModule != "").Select(p => p.SystemModule).Distinct().ToListAsync(ct);
        return [.. modules.Order(StringComparer.CurrentCulture)];
    }

    public async Task<ProcurementDetail?> FindAsync(string number, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var procurement = await db.Set<ProcurementRecord>().AsNoTracking()
            .Include(p => p.Lots).Include(p => p.Deadlines).Include(p => p.Suppliers)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.AnnouncementNumber == number.Trim(), ct);
        if (procurement is null) return null;
        var history = await db.Set<DeadlineChangeRecord>().AsNoTracking()
            .Where(c => c.ProcurementId == procurement.Id)
            .OrderByDescending(c => c.AtUtc)
            .ToListAsync(ct);
        return new ProcurementDetail(procurement, history);
    }
}
