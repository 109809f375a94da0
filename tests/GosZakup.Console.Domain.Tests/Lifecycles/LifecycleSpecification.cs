using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Lifecycles;
using GosZakup.Console.Domain.Staff;

namespace GosZakup.Console.Domain.Tests.Lifecycles;

/// <summary>A life cycle's specification written out as a table of allowed moves, and the checks every life-cycle test
/// makes against it: each state × action × role is allowed exactly as the table says, and the Domain's table holds
/// exactly its moves with their roles.</summary>
public static class LifecycleSpecification
{
    public static TheoryData<TState, TAction, string> EveryStateActionAndRole<TState, TAction>()
        where TState : struct, Enum
        where TAction : struct, Enum
    {
        var data = new TheoryData<TState, TAction, string>();
        foreach (var state in Enum.GetValues<TState>())
            foreach (var action in Enum.GetValues<TAction>())
                foreach (var role in StaffRole.All)
                    data.Add(state, action, role);
        return data;
    }

    public static void AssertAllowedExactlyAsWritten<TState, TAction>(TransitionTable<TState, TAction> table,
        IReadOnlyList<(TState From, TAction Action, TState To, string[] Roles)> allowed, TState from, TAction action, string role)
        where TState : struct, Enum
        where TAction : struct, Enum
    {
        var check = table.Check(from, action, [role]);

        var moves = allowed.Where(m => m.From.Equals(from) && m.Action.Equals(action)).ToList();
        Assert.True(moves.Count <= 1, $"the specification lists {action} from {from} twice");
        if (moves.Count == 0)
        {
            Assert.Equal(TransitionRefusal.NotAllowedFromStatus, check.Refusal);
            Assert.Null(check.To);
        }
        else if (moves[0].Roles.Contains(role))
        {
            Assert.True(check.IsAllowed);
            Assert.Equal(moves[0].To, check.To);
        }
        else
        {
            Assert.Equal(TransitionRefusal.RoleNotAllowed, check.Refusal);
            Assert.Null(check.To);
        }
    }

    public static void AssertHoldsExactly<TState, TAction>(TransitionTable<TState, TAction> table,
        IReadOnlyList<(TState From, TAction Action, TState To, string[] Roles)> allowed)
        where TState : struct, Enum
        where TAction : struct, Enum
    {
        Assert.Equal(allowed.Select(m => (m.From, m.Action, m.To)), table.All.Select(t => (t.From, t.Action, t.To)));
        Assert.All(table.All, t => Assert.Equal(allowed.Single(m => m.From.Equals(t.From) && m.Action.Equals(t.Action)).Roles.Order(), t.Roles.Order()));
    }

    /// <summary>The states a record can reach from <paramref name="start"/>, whoever moves it.</summary>
    public static HashSet<TState> Reachable<TState, TAction>(TransitionTable<TState, TAction> table, TState start)
        where TState : struct, Enum
        where TAction : struct, Enum
    {
        var seen = new HashSet<TState> { start };
        var queue = new Queue<TState>([start]);
        while (queue.TryDequeue(out var state))
            foreach (var t in table.From(state))
                if (seen.Add(t.To)) queue.Enqueue(t.To);
        return seen;
    }
}
