using GosZakup.Console.Domain.Lifecycles;
using static GosZakup.Console.Domain.Acts.SecurityReturnState;
using static GosZakup.Console.Domain.Staff.StaffRole;

namespace GosZakup.Console.Domain.Acts;

public enum SecurityReturnState
{
    /// <summary>R2 §18: the organiser has 3 working days from the Act's publication to return the security.</summary>
    AwaitingOrganiser = 1,

    /// <summary>The organiser confirmed the return: done.</summary>
    ReturnedByOrganiser = 2,

    /// <summary>R2 §19 (operator-related only): the security was lost to the budget; the organiser's F3 letter is due in 2 working days.</summary>
    CreditedToBudget = 3,

    /// <summary>R2 §20: the F3 letter arrived; the operator refunds within 3 working days.</summary>
    LetterReceived = 4,

    /// <summary>The operator refunded the security from its own funds and told the supplier: done.</summary>
    Refunded = 5,
}

/// <summary>A step the console records on a security's return; each says what happened outside (the organiser
/// returned it, credited it, wrote; the operator refunded it).</summary>
public enum SecurityReturnAction
{
    Return = 1,
    Credit = 2,
    Letter = 3,
    Refund = 4,
}

/// <summary>The return of one supplier's application security after a published Act (R2 §18-§20): returned by the
/// organiser, or, after an operator-related failure, credited to the budget, claimed by the organiser's F3 letter and
/// refunded by the operator from its own funds.</summary>
public static class SecurityReturnLifecycle
{
    /// <summary>The contact centre records what the organiser reports; a Supervisor may too.</summary>
    public static IReadOnlySet<string> Desk { get; } = RoleSet.Of(Operator, Supervisor);

    /// <summary>R2 §18: the organiser returns the security within 3 working days of the Act's publication.</summary>
    public static Transition<SecurityReturnState, SecurityReturnAction> Return { get; } =
        new(AwaitingOrganiser, SecurityReturnAction.Return, ReturnedByOrganiser, "R2 §18", Desk);

    /// <summary>R2 §19: only after an operator-related failure (see <see cref="Applies"/>) the security lost to the budget
    /// starts the F3 letter's 2 working days.</summary>
    public static Transition<SecurityReturnState, SecurityReturnAction> Credit { get; } =
        new(AwaitingOrganiser, SecurityReturnAction.Credit, CreditedToBudget, "R2 §19", Desk);

    /// <summary>R2 §19-§20: the organiser's letter with form F3 arrived; the refund's 3 working days start.</summary>
    public static Transition<SecurityReturnState, SecurityReturnAction> Letter { get; } =
        new(CreditedToBudget, SecurityReturnAction.Letter, LetterReceived, "R2 §19-§20", Desk);

    /// <summary>R2 §20: the operator pays from its own funds, so a Supervisor records the refund.</summary>
    public static Transition<SecurityReturnState, SecurityReturnAction> Refund { get; } =
        new(LetterReceived, SecurityReturnAction.Refund, Refunded, "R2 §20", RoleSet.Of(Supervisor));

    public static TransitionTable<SecurityReturnState, SecurityReturnAction> Table { get; } = new([Return, Credit, Letter, Refund]);

    public static IReadOnlyList<Transition<SecurityReturnState, SecurityReturnAction>> All => Table.All;

    public static TransitionCheck<SecurityReturnState, SecurityReturnAction> Check(SecurityReturnState from, SecurityReturnAction action,
        IEnumerable<string> roles) =>
        Table.Check(from, action, roles);

    /// <summary>R2 §19: crediting to the budget is a step only of an Act on an operator-related failure.</summary>
    public static bool Applies(SecurityReturnAction action, bool operatorRelated) => action != SecurityReturnAction.Credit || operatorRelated;

    /// <summary>The steps a user with these roles may record on a security of an Act of this type.</summary>
    public static IReadOnlyList<SecurityReturnAction> AvailableActions(SecurityReturnState from, IEnumerable<string> roles, bool operatorRelated) =>
        [.. Table.AvailableActions(from, roles).Where(a => Applies(a, operatorRelated))];

    public static IReadOnlySet<string> RolesFor(SecurityReturnAction action) => Table.RolesFor(action);

    public static bool MayTake(SecurityReturnAction action, IEnumerable<string> roles) => Table.MayTake(action, roles);

    public static SecurityReturnState After(SecurityReturnState from, SecurityReturnAction action) => Table.After(from, action);

    public static bool IsFinal(SecurityReturnState state) => Table.IsFinal(state);
}
