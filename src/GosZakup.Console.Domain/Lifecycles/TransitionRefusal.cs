namespace GosZakup.Console.Domain.Lifecycles;

/// <summary>Why a life cycle refuses a move, the same for every table.</summary>
public enum TransitionRefusal
{
    /// <summary>The action does not apply to a record in this state.</summary>
    NotAllowedFromStatus = 1,

    /// <summary>The action applies, but none of the user's roles may take it.</summary>
    RoleNotAllowed = 2,
}
