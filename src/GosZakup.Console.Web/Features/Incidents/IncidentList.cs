using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Features.SavedViews;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Incidents;

/// <summary>The incidents list with its views: assigned to the user, open and assigned to nobody, and those with a duty
/// within 10 minutes of its limit or past it; newest registration first, at most 200.</summary>
public sealed class IncidentList(IDbContextFactory<AppDbContext> dbFactory)
{
    public static IReadOnlyList<string> BuiltIns { get; } = [BuiltInViews.All, BuiltInViews.Mine, BuiltInViews.Unassigned, BuiltInViews.Breaching];

    private static readonly IncidentStatus[] Finished = [IncidentStatus.Refuted, IncidentStatus.Closed];

    public async Task<IReadOnlyList<IncidentRecord>> ListAsync(string? status, string? view, string? me, DateTime nowUtc, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = await MatchingAsync(db, status, view, me, nowUtc, ct);
        return await query.OrderByDescending(i => i.RegisteredAtUtc).Take(200).ToListAsync(ct);
    }

    public async Task<int> CountAsync(string? status, string? view, string? me, DateTime nowUtc, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await (await MatchingAsync(db, status, view, me, nowUtc, ct)).CountAsync(ct);
    }

    private static async Task<IQueryable<IncidentRecord>> MatchingAsync(AppDbContext db, string? status, string? view, string? me, DateTime nowUtc,
        CancellationToken ct)
    {
        var query = db.Set<IncidentRecord>().AsNoTracking();
        if (status is { Length: > 0 })
        {
            var named = IncidentStatusName.Parse(status);
            query = query.Where(i => i.Status == named);
        }
        switch (view)
        {
            case BuiltInViews.Mine:
                return query.Where(i => me != null && i.AssignedToId == me);
            case BuiltInViews.Unassigned:
                return query.Where(i => i.AssignedToId == null && !Finished.Contains(i.Status));
            case BuiltInViews.Breaching:
                var soon = nowUtc + BuiltInViews.BreachingWithin;
                var subjects = await db.Obligations.AsNoTracking()
                    .OfType(ObligationSubjectType.Incident).Open().Where(o => o.DueAtUtc != null && o.DueAtUtc <= soon)
                    .Select(o => o.SubjectId).Distinct().ToListAsync(ct);
                var ids = subjects.Select(s => Guid.TryParse(s, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList();
                return query.Where(i => ids.Contains(i.Id));
            default:
                return query;
        }
    }
}
