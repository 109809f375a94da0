using NodaTime;

namespace GosZakup.Console.Domain.Extensions;

/// <summary>Where an order comes from. The engine only proposes; later code stores, applies and publishes
/// (R2 §15.8, §16.8: the extension with its new deadlines goes on the portal's main page).</summary>
public enum ExtensionOrderState
{
    /// <summary>Computed and waiting to be applied: the one order that will move its deadline.</summary>
    Proposed = 1,

    /// <summary>Computed, but another order for the same deadline moves it later (or it already stands later):
    /// kept so that the log says why this clause did not move it, and so that it can win again if the other is recomputed.</summary>
    Superseded = 2,

    /// <summary>The deadline has been moved on the procurement.</summary>
    Applied = 3,

    /// <summary>The new deadline is on the portal's main page.</summary>
    Published = 4,
}

/// <summary>What produced an order, and which one of it: an incident (its R2 §10 window, its failure, or the
/// regional internet loss it records), a force-majeure record or a works plan.</summary>
public enum ExtensionSourceKind
{
    AnalysisWindow = 1,
    Failure = 2,
    RegionalInternetLoss = 3,
    ForceMajeure = 4,
    PlannedWorks = 5,
}

/// <summary>The source of an order. Recomputing a source replaces its unapplied orders (<see cref="ExtensionEngine.Merge"/>).</summary>
public sealed record ExtensionSource(ExtensionSourceKind Kind, string Id)
{
    public override string ToString() => $"{Kind} {Id}";
}

public enum ApprovalKind
{
    /// <summary>A person replaced the computed new deadline.</summary>
    Override = 1,

    /// <summary>The Owner agreed to the extension (force majeure: R1 §14, R2 §16.6).</summary>
    OwnerAgreement = 2,
}

/// <summary>Who approved the order's new deadline and why.</summary>
public sealed record Approval(ApprovalKind Kind, string By, string Reason);

/// <summary>One deadline of one procurement (or lot) moved from <see cref="Old"/> to <see cref="New"/> under
/// <see cref="Clause"/>, because of <see cref="Source"/>.</summary>
/// <param name="CancelsAutoProtocol">R2 §15.5, §16.5: the results protocol the System formed automatically is
/// cancelled, with the submitted applications.</param>
/// <param name="Provisional">Computed from the planned fix: the actual fix will replace it.</param>
public sealed record ExtensionOrder(
    string Procurement,
    string? Lot,
    DeadlineKind Deadline,
    Instant Old,
    Instant New,
    string Clause,
    ExtensionSource Source,
    ExtensionOrderState State = ExtensionOrderState.Proposed,
    bool CancelsAutoProtocol = false,
    bool Provisional = false,
    Approval? Approval = null)
{
    /// <summary>The deadline the order moves: one procurement, one lot, one kind.</summary>
    public (string Procurement, string? Lot, DeadlineKind Deadline) Key => (Procurement, Lot, Deadline);

    public Duration Extension => New - Old;

    /// <summary>Whether the move has been made on the procurement (applied or published): never undone.</summary>
    public bool IsInForce => State is ExtensionOrderState.Applied or ExtensionOrderState.Published;

    public bool IsOverridden => Approval?.Kind == ApprovalKind.Override;

    public ExtensionOrder Applied() => State == ExtensionOrderState.Proposed
        ? this with { State = ExtensionOrderState.Applied }
        : throw new InvalidOperationException($"Only a proposed order is applied; this one is {State}.");

    public ExtensionOrder Published() => State == ExtensionOrderState.Applied
        ? this with { State = ExtensionOrderState.Published }
        : throw new InvalidOperationException($"Only an applied order is published; this one is {State}.");

    /// <summary>A person replaces the computed new deadline; who and why are recorded. An override still only
    /// extends: a deadline is never moved earlier than the one it replaces.</summary>
    public ExtensionOrder Override(Instant newDeadline, string by, string reason)
    {
        if (State != ExtensionOrderState.Proposed) throw new InvalidOperationException($"Only a proposed order is overridden; this one is {State}.");
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (newDeadline <= Old) throw new ArgumentOutOfRangeException(nameof(newDeadline), "An override extends; it never moves a deadline earlier.");
        return this with { New = newDeadline, Approval = new Approval(ApprovalKind.Override, by, reason) };
    }
}
