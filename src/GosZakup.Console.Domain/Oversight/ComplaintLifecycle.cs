using GosZakup.Console.Domain.Lifecycles;
using static GosZakup.Console.Domain.Oversight.ComplaintState;
using static GosZakup.Console.Domain.Staff.StaffRole;

namespace GosZakup.Console.Domain.Oversight;

public enum ComplaintState
{
    Received = 1,
    Answered = 2,
}

/// <summary>What a user does to a Working Group complaint once it is registered.</summary>
public enum ComplaintAction
{
    Answer = 1,
}

/// <summary>A written complaint to the Owner that reached the operator by a letter of the Working Group's head (R2 §30),
/// answered by the operator within 2 working days (R2 §31). The answer is final: a further letter is a new complaint.</summary>
public static class ComplaintLifecycle
{
    /// <summary>R2 §30: the head's letter is registered by the operator's management, a Supervisor or a Manager.</summary>
    public static IReadOnlySet<string> Registrars { get; } = RoleSet.Of(Supervisor, Manager);

    /// <summary>R2 §31: the operator answers (priority, causes, confirmation, fix dates); a Supervisor writes it.</summary>
    public static Transition<ComplaintState, ComplaintAction> Answer { get; } =
        new(Received, ComplaintAction.Answer, Answered, "R2 §31", RoleSet.Of(Supervisor));

    public static TransitionTable<ComplaintState, ComplaintAction> Table { get; } = new([Answer]);

    public static IReadOnlyList<Transition<ComplaintState, ComplaintAction>> All => Table.All;

    public static TransitionCheck<ComplaintState, ComplaintAction> Check(ComplaintState from, ComplaintAction action, IEnumerable<string> roles) =>
        Table.Check(from, action, roles);

    public static IReadOnlyList<ComplaintAction> AvailableActions(ComplaintState from, IEnumerable<string> roles) => Table.AvailableActions(from, roles);

    public static bool MayRegister(IEnumerable<string> roles) => roles.Any(Registrars.Contains);

    public static bool MayTake(ComplaintAction action, IEnumerable<string> roles) => Table.MayTake(action, roles);

    public static ComplaintState After(ComplaintState from, ComplaintAction action) => Table.After(from, action);

    public static bool IsFinal(ComplaintState state) => Table.IsFinal(state);
}
