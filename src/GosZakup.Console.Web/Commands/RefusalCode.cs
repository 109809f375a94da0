using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Lifecycles;

namespace GosZakup.Console.Web.Commands;

/// <summary>Why a command was refused as a whole, as a stable code: the Domain's refusals (<see cref="TransitionRefusal"/>,
/// <see cref="LevelChangeRefusal"/>) plus what only the edge can tell. The API sends it lower-case as the problem's
/// <c>code</c>; pages show <c>Refusal.{Code}</c> or the command's own words.</summary>
public enum RefusalCode
{
    /// <summary>The action does not apply in the record's present state (<see cref="TransitionRefusal.NotAllowedFromStatus"/>).</summary>
    NotAllowedFromStatus = 1,

    /// <summary>None of the user's roles may take the action (<see cref="TransitionRefusal.RoleNotAllowed"/>).</summary>
    RoleNotAllowed = 2,

    /// <summary>The new level is the current one (<see cref="LevelChangeRefusal.Unchanged"/>).</summary>
    LevelUnchanged = 3,

    /// <summary>Lowering a level needs a recorded reason (<see cref="LevelChangeRefusal.ReasonRequired"/>).</summary>
    ReasonRequired = 4,

    /// <summary>Someone changed the record since the user loaded it.</summary>
    Stale = 10,

    NotFound = 11,

    /// <summary>Another user holds the record (an appeal taken for registration).</summary>
    TakenByOther = 12,

    /// <summary>What the command would do is done already (an appeal registered, an Act published).</summary>
    AlreadyDone = 13,

    /// <summary>What the command would make exists already (a correction of this Act, a taken e-mail).</summary>
    Duplicate = 14,

    /// <summary>The same work is under way already (a report being prepared).</summary>
    Busy = 15,

    /// <summary>A user may not do this to their own account (disable it, drop their own Administrator role).</summary>
    NotForSelf = 16,

    /// <summary>The request names something that cannot be (a quarter that has not begun).</summary>
    OutOfRange = 17,
}

public static class RefusalCodes
{
    public static RefusalCode Of(TransitionRefusal refusal) => refusal switch
    {
        TransitionRefusal.RoleNotAllowed => RefusalCode.RoleNotAllowed,
        _ => RefusalCode.NotAllowedFromStatus,
    };

    public static RefusalCode Of(LevelChangeRefusal refusal) => refusal switch
    {
        LevelChangeRefusal.Unchanged => RefusalCode.LevelUnchanged,
        LevelChangeRefusal.RoleNotAllowed => RefusalCode.RoleNotAllowed,
        _ => RefusalCode.ReasonRequired,
    };

    /// <summary>The stable form the API sends: <c>RoleNotAllowed</c> → <c>role-not-allowed</c>.</summary>
    public static string Wire(this RefusalCode code) =>
        string.Concat(code.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
