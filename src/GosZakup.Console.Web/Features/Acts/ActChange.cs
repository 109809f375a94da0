using GosZakup.Console.Domain.Acts;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Lifecycles;
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

    /// <summary>Refuses before anything is loaded when none of the user's roles may take the action (ActLifecycle).</summary>
    public static ActResult? RefuseRole(ActAction action, IReadOnlyList<string> roles, IStringLocalizer<SharedResource> l) =>
        ActLifecycle.MayTake(action, roles) ? null : ActResult.Refused(l[RoleError(action)]);

    /// <summary>Refuses when the Act's state does not allow the action (ActLifecycle).</summary>
    public static ActResult? RefuseMove(ActRecord act, ActAction action, IReadOnlyList<string> roles, IStringLocalizer<SharedResource> l)
    {
        var check = ActLifecycle.Check(act.State, action, roles);
        if (check.IsAllowed) return null;
        if (check.Refusal == TransitionRefusal.RoleNotAllowed) return ActResult.Refused(l[RoleError(action)]);
        return action is ActAction.Publish or ActAction.DraftCorrection
            ? ActResult.Refused(l["Acts.Error.NotSigned"])
            : ActResult.Refused(l["Acts.Error.NotNow", l[$"Acts.State.{act.State}"]]);
    }

    private static string RoleError(ActAction action) => action switch
    {
        ActAction.Return or ActAction.Sign => "Acts.Error.SupervisorRole",
        ActAction.Publish => "Acts.Error.PublishRole",
        _ => "Acts.Error.DraftRole",
    };

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
