using GosZakup.Console.Domain.Acts;
using GosZakup.Console.Domain.Lifecycles;
using GosZakup.Console.Infrastructure.Acts;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Commands;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Acts;

/// <summary>The frame of every change to an Act: load it as the user saw it, and save it with a fresh version, a page
/// that went stale in between being refused rather than overwritten.</summary>
internal static class ActChange
{
    public static async Task<(ActRecord? Act, CommandResult<string>? Refusal)> LoadAsync(AppDbContext db, Guid actId, Guid seenVersion, CancellationToken ct)
    {
        var act = await db.Set<ActRecord>().Include(a => a.Suppliers).SingleOrDefaultAsync(a => a.Id == actId, ct);
        if (act is null) return (null, CommandResult<string>.Refused(RefusalCode.NotFound, "Acts.Error.NotFound"));
        return act.Version == seenVersion ? (act, null) : (null, CommandResult<string>.Refused(RefusalCode.Stale, "Acts.Error.Changed"));
    }

    /// <summary>Refuses before anything is loaded when none of the user's roles may take the action (ActLifecycle).</summary>
    public static CommandResult<string>? RefuseRole(ActAction action, IReadOnlyList<string> roles) =>
        ActLifecycle.MayTake(action, roles) ? null : CommandResult<string>.Refused(RefusalCode.RoleNotAllowed, RoleError(action));

    /// <summary>Refuses when the Act's state does not allow the action (ActLifecycle).</summary>
    public static CommandResult<string>? RefuseMove(ActRecord act, ActAction action, IReadOnlyList<string> roles)
    {
        var check = ActLifecycle.Check(act.State, action, roles);
        if (check.IsAllowed) return null;
        if (check.Refusal == TransitionRefusal.RoleNotAllowed) return CommandResult<string>.Refused(RefusalCode.RoleNotAllowed, RoleError(action));
        return action is ActAction.Publish or ActAction.DraftCorrection
            ? CommandResult<string>.Refused(RefusalCode.NotAllowedFromStatus, "Acts.Error.NotSigned")
            : CommandResult<string>.Refused(RefusalCode.NotAllowedFromStatus, "Acts.Error.NotNow", new ResourceText($"Acts.State.{act.State}"));
    }

    private static string RoleError(ActAction action) => action switch
    {
        ActAction.Return or ActAction.Sign => "Acts.Error.SupervisorRole",
        ActAction.Publish => "Acts.Error.PublishRole",
        _ => "Acts.Error.DraftRole",
    };

    public static async Task<CommandResult<string>> SaveAsync(AppDbContext db, ActRecord act, CancellationToken ct)
    {
        act.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult<string>.Refused(RefusalCode.Stale, "Acts.Error.Changed");
        }
        return CommandResult<string>.Ok(act.Number);
    }
}
