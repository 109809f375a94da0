using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.Persistence.Audit;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace GosZakup.Console.Web.Features.Audit;

/// <summary>Filters of the audit page; dates are Astana calendar days, both ends included.</summary>
public sealed record AuditFilter(string? EntityType = null, string? Who = null, string? Text = null, DateTime? FromDay = null, DateTime? ToDay = null);

public sealed record AuditRows(IReadOnlyList<AuditEntry> Rows, int Total);

/// <summary>Reads the audit log for the Admin and Manager page, and checks its hash chain.</summary>
public sealed class AuditQuery(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<AuditRows> PageAsync(AuditFilter filter, int skip, int take, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.EntityType)) query = query.Where(a => a.EntityType == filter.EntityType);
        if (!string.IsNullOrWhiteSpace(filter.Who)) query = query.Where(a => a.ActorName.Contains(filter.Who.Trim()));
        if (!string.IsNullOrWhiteSpace(filter.Text))
            query = query.Where(a => a.EntityId.Contains(filter.Text) || (a.Before ?? "").Contains(filter.Text) || (a.After ?? "").Contains(filter.Text));
        if (filter.FromDay is { } from) query = query.Where(a => a.AtUtc >= StartOfAstanaDay(from));
        if (filter.ToDay is { } to) query = query.Where(a => a.AtUtc < StartOfAstanaDay(to.AddDays(1)));
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(a => a.Sequence).Skip(skip).Take(take).ToListAsync(ct);
        return new AuditRows(rows, total);
    }

    public async Task<IReadOnlyList<string>> EntityTypesAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.AuditEntries.AsNoTracking().Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(ct);
    }

    public async Task<AuditChainReport> VerifyAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await AuditChain.VerifyAsync(db, ct);
    }

    private static DateTime StartOfAstanaDay(DateTime day) =>
        AstanaTime.ToUtc(LocalDate.FromDateTime(day).AtMidnight());
}
