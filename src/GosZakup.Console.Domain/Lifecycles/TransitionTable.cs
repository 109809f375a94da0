namespace GosZakup.Console.Domain.Lifecycles;

/// <summary>One allowed move of a life cycle: from a state, by an action, to a state, by any of <see cref="Roles"/>,
/// under <see cref="Clause"/>. A move may keep the state (an Act is published and stays signed).</summary>
public sealed record Transition<TState, TAction>(TState From, TAction Action, TState To, string Clause, IReadOnlySet<string> Roles)
    where TState : struct, Enum
    where TAction : struct, Enum;

/// <summary>The answer to "may these roles take this action now": the target state, or why not.</summary>
public sealed record TransitionCheck<TState, TAction>(TState From, TAction Action, TState? To, TransitionRefusal? Refusal)
    where TState : struct, Enum
    where TAction : struct, Enum
{
    public bool IsAllowed => Refusal is null;
}

/// <summary>The questions every life cycle answers from its table of moves, asked the same way for Acts, security
/// returns, complaints, announcement updates and quarterly reports. A state refusal comes before a role refusal.</summary>
public sealed class TransitionTable<TState, TAction>(IReadOnlyList<Transition<TState, TAction>> moves)
    where TState : struct, Enum
    where TAction : struct, Enum
{
    public IReadOnlyList<Transition<TState, TAction>> All { get; } = moves;

    public TransitionCheck<TState, TAction> Check(TState from, TAction action, IEnumerable<string> roles)
    {
        var move = Find(from, action);
        if (move is null) return new(from, action, null, TransitionRefusal.NotAllowedFromStatus);
        if (!roles.Any(move.Roles.Contains)) return new(from, action, null, TransitionRefusal.RoleNotAllowed);
        return new(from, action, move.To, null);
    }

    /// <summary>The state an action leads to, whoever takes it; for a stored record applying a move already checked.
    /// Asking for a move the table does not have is a bug.</summary>
    public TState After(TState from, TAction action) =>
        Find(from, action)?.To ?? throw new InvalidOperationException($"{typeof(TAction).Name}.{action} does not apply in {typeof(TState).Name}.{from}.");

    /// <summary>Every move out of a state, whoever may take it (a UI shows the others disabled).</summary>
    public IReadOnlyList<Transition<TState, TAction>> From(TState from) => [.. All.Where(t => EqualityComparer<TState>.Default.Equals(t.From, from))];

    /// <summary>The actions a user with these roles may take in this state.</summary>
    public IReadOnlyList<TAction> AvailableActions(TState from, IEnumerable<string> roles)
    {
        var held = roles.ToList();
        return [.. From(from).Where(t => held.Any(t.Roles.Contains)).Select(t => t.Action).Distinct()];
    }

    /// <summary>The roles that may take an action, in whichever state it applies (the table gives an action the same
    /// roles in every state; its tests check that).</summary>
    public IReadOnlySet<string> RolesFor(TAction action) => All.First(t => EqualityComparer<TAction>.Default.Equals(t.Action, action)).Roles;

    /// <summary>Whether any of these roles may take the action in some state: the check a command makes before it loads.</summary>
    public bool MayTake(TAction action, IEnumerable<string> roles) => roles.Any(RolesFor(action).Contains);

    public bool IsFinal(TState state) => From(state).Count == 0;

    private Transition<TState, TAction>? Find(TState from, TAction action) =>
        All.FirstOrDefault(t => EqualityComparer<TState>.Default.Equals(t.From, from) && EqualityComparer<TAction>.Default.Equals(t.Action, action));
}

/// <summary>The roles that may take a move, matched exactly (role names are case-sensitive constants of StaffRole).</summary>
public static class RoleSet
{
    public static IReadOnlySet<string> Of(params string[] roles) => new HashSet<string>(roles, StringComparer.Ordinal);
}
