using GosZakup.Console.Domain.Lifecycles;
using static GosZakup.Console.Domain.Acts.ActState;
using static GosZakup.Console.Domain.Staff.StaffRole;

namespace GosZakup.Console.Domain.Acts;

public enum ActState
{
    /// <summary>The Operator is writing it.</summary>
    Draft = 1,

    /// <summary>Submitted to a Supervisor for approval and signature.</summary>
    Submitted = 2,

    /// <summary>The Supervisor sent it back with comments; the Operator corrects and submits again.</summary>
    Returned = 3,

    /// <summary>Signed: immutable from now on (its hash is stored); a correction is a new Act citing this one.</summary>
    Signed = 4,
}

/// <summary>What a user does to an Act (form F2).</summary>
public enum ActAction
{
    Save = 1,
    Submit = 2,
    Return = 3,
    Sign = 4,
    Publish = 5,
    DraftCorrection = 6,
}

/// <summary>The Act's life (R2 §17, form F2): the operator's contact centre drafts it from a confirmed incident, a
/// Supervisor returns it or signs it for the head of the single operator, and the signed Act is published on the main
/// page. A signed Act never changes: publishing it and drafting its correction (a new Act citing it) leave it signed.</summary>
public static class ActLifecycle
{
    /// <summary>R2 §17: the operator draws up the Act within one working day; the Operator drafts it from the incident.</summary>
    public static IReadOnlySet<string> Drafters { get; } = RoleSet.Of(Operator);

    /// <summary>R2 §17, form F2: a Supervisor approves the Act by signing it for the head of the single operator.</summary>
    public static IReadOnlySet<string> Signers { get; } = RoleSet.Of(Supervisor);

    /// <summary>The Operator keeps a draft, or corrects a returned one, before submitting it.</summary>
    public static Transition<ActState, ActAction> SaveDraft { get; } = new(Draft, ActAction.Save, Draft, "R2 §17, form F2", Drafters);

    public static Transition<ActState, ActAction> SaveReturned { get; } = new(Returned, ActAction.Save, Returned, "R2 §17, form F2", Drafters);

    /// <summary>R2 §17: the draft goes to a Supervisor, who approves it for the head of the single operator.</summary>
    public static Transition<ActState, ActAction> SubmitDraft { get; } = new(Draft, ActAction.Submit, Submitted, "R2 §17", Drafters);

    public static Transition<ActState, ActAction> SubmitReturned { get; } = new(Returned, ActAction.Submit, Submitted, "R2 §17", Drafters);

    /// <summary>A Supervisor sends a submitted Act back with comments instead of signing it.</summary>
    public static Transition<ActState, ActAction> Return { get; } = new(Submitted, ActAction.Return, Returned, "R2 §17", Signers);

    /// <summary>R2 §17, form F2: signed for the head of the single operator; from then on it never changes.</summary>
    public static Transition<ActState, ActAction> Sign { get; } = new(Submitted, ActAction.Sign, Signed, "R2 §17, form F2", Signers);

    /// <summary>R2 §17: within two working days the main page names the failure and links the scanned (here: signed) Act;
    /// the contact centre or a Supervisor posts it. Once only: the record guards that.</summary>
    public static Transition<ActState, ActAction> Publish { get; } = new(Signed, ActAction.Publish, Signed, "R2 §17", RoleSet.Of(Supervisor, Operator));

    /// <summary>A signed Act is corrected by a new draft that cites it (F2 "drawn up in place of Act №…"); the Operator drafts it.</summary>
    public static Transition<ActState, ActAction> DraftCorrection { get; } = new(Signed, ActAction.DraftCorrection, Signed, "R2 §17, form F2", Drafters);

    public static TransitionTable<ActState, ActAction> Table { get; } =
        new([SaveDraft, SaveReturned, SubmitDraft, SubmitReturned, Return, Sign, Publish, DraftCorrection]);

    public static IReadOnlyList<Transition<ActState, ActAction>> All => Table.All;

    public static TransitionCheck<ActState, ActAction> Check(ActState from, ActAction action, IEnumerable<string> roles) => Table.Check(from, action, roles);

    public static IReadOnlyList<ActAction> AvailableActions(ActState from, IEnumerable<string> roles) => Table.AvailableActions(from, roles);

    public static IReadOnlySet<string> RolesFor(ActAction action) => Table.RolesFor(action);

    public static bool MayTake(ActAction action, IEnumerable<string> roles) => Table.MayTake(action, roles);

    public static bool MayDraft(IEnumerable<string> roles) => roles.Any(Drafters.Contains);

    public static ActState After(ActState from, ActAction action) => Table.After(from, action);
}
