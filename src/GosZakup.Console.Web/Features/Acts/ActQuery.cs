using System.Security.Claims;
using GosZakup.Console.Domain.Acts;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Infrastructure.Acts;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Acts;

public sealed record ActRow(string Number, string IncidentNumber, ActState State, DateTime CreatedAtUtc, DateTime? SignedAtUtc, int Suppliers);

/// <param name="ReplacesNumber">For a correction, the signed Act it replaces.</param>
/// <param name="ReplacedByNumber">A correction drafted for this signed Act, if any.</param>
public sealed record ActView(ActRecord Act, string IncidentNumber, string? ReplacesNumber, string? ReplacedByNumber);

/// <summary>Reads Acts for the pages: the newest first, and one Act with its suppliers.</summary>
public sealed class ActQuery(IDbContextFactory<AppDbContext> dbFactory)
{
    /// <summary>The Working Group reads published Acts only (R2 §27, issue 8 §6); the desk sees drafts too.</summary>
    public static bool SeesDrafts(ClaimsPrincipal user) =>
        user.IsInRole(StaffRole.Operator) || user.IsInRole(StaffRole.Supervisor) || user.IsInRole(StaffRole.Manager);

    public async Task<IReadOnlyList<ActRow>> ListAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var drafts = SeesDrafts(user);
        return await db.Set<ActRecord>().AsNoTracking().Where(a => drafts || a.PublishedAtUtc != null)
            .OrderByDescending(a => a.Year).ThenByDescending(a => a.Sequence)
            .Select(a => new ActRow(a.Number, db.Set<IncidentRecord>().Where(i => i.Id == a.IncidentId).Select(i => i.Number).First(),
                a.State, a.CreatedAtUtc, (DateTime?)a.Signature!.SignedAtUtc, a.Suppliers.Count))
            .Take(500).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<ActRecord>> ForIncidentAsync(Guid incidentId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<ActRecord>().AsNoTracking().Where(a => a.IncidentId == incidentId).OrderBy(a => a.Sequence).ToListAsync(ct);
    }

    public async Task<ActView?> FindAsync(string number, ClaimsPrincipal user, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var act = await db.Set<ActRecord>().AsNoTracking().Include(a => a.Suppliers).SingleOrDefaultAsync(a => a.Number == number.Trim(), ct);
        if (act is null || (act.PublishedAtUtc is null && !SeesDrafts(user))) return null;
        var incident = await db.Set<IncidentRecord>().Where(i => i.Id == act.IncidentId).Select(i => i.Number).SingleAsync(ct);
        var replaces = act.ReplacesActId is { } id ? await db.Set<ActRecord>().Where(a => a.Id == id).Select(a => a.Number).SingleAsync(ct) : null;
        var replacedBy = await db.Set<ActRecord>().Where(a => a.ReplacesActId == act.Id).OrderBy(a => a.Sequence).Select(a => a.Number).FirstOrDefaultAsync(ct);
        return new ActView(act, incident, replaces, replacedBy);
    }
}
