using GosZakup.Console.Infrastructure.Acts;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GosZakup.Console.Web.Features.Acts;

/// <summary>The frame of every change to an Act: load it as the user saw it, and save it with a fresh version, a page
/// that went stale in between being refused rather than overwritten.</summary>
internal static class ActChange
{
    public static async Task<(ActRecord? Act, ActResult? Refusal)> LoadAsync(AppDbContext db, Guid actId, Guid seenVersion, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var act = await db.Set<ActRecord>().Include(a => a.Suppliers).SingleOrDefaultAsync(a => a.Id == actId, ct);
        if (act is null) return (null, ActResult.Refused(l["Acts.Error.NotFound"]));
        return act.Version == seenVersion ? (act, null) : (null, ActResult.Refused(l["Acts.Error.Changed"]));
    }

    public static async Task<ActResult> SaveAsync(AppDbContext db, ActRecord act, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        act.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ActResult.Refused(l["Acts.Error.Changed"]);
        }
        return ActResult.Done(act.Number);
    }
}
