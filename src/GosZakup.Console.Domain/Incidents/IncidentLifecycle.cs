using GosZakup.Console.Domain.Lifecycles;
using static GosZakup.Console.Domain.Incidents.IncidentStatus;
using static GosZakup.Console.Domain.Staff.StaffRole;

namespace GosZakup.Console.Domain.Incidents;

/// <summary>What a user does to move an incident on.</summary>
public enum IncidentAction
{
    Assign = 1,
    Confirm = 2,
    Refute = 3,
    StartFix = 4,
    RecordFix = 5,
    Close = 6,
}

/// <summary>The incident's life from registration to closing. Strict: a failure is confirmed or refuted only
/// after analysis (R2 §9), never straight from registration, and nothing reopens a closed incident (the Rules
/// know no reopening: a new appeal is a new incident).</summary>
public static class IncidentLifecycle
{
    /// <summary>R2 §7-§9: the contact centre registers the appeal and routes it to the technical administration
    /// department for analysis; a specialist may take it himself, a supervisor may dispatch it.</summary>
    public static Transition<IncidentStatus, IncidentAction> Assign { get; } =
        new(Registered, IncidentAction.Assign, UnderAnalysis, "R2 §7-§9", RoleSet.Of(Operator, Specialist, Supervisor));

    /// <summary>R2 §9, §12: the operator's technical staff confirm after analysis and set the level then. The
    /// Working Group's security members take part in confirming medium and high failures (R2 §25), but the act
    /// is the operator's, so the WorkingGroup role does not confirm.</summary>
    public static Transition<IncidentStatus, IncidentAction> Confirm { get; } =
        new(UnderAnalysis, IncidentAction.Confirm, Confirmed, "R2 §9, §12, §25", RoleSet.Of(Specialist, Supervisor));

    /// <summary>R2 §9, §11: refuted by the same people who may confirm, on the same analysis.</summary>
    public static Transition<IncidentStatus, IncidentAction> Refute { get; } =
        new(UnderAnalysis, IncidentAction.Refute, Refuted, "R2 §9, §11", RoleSet.Of(Specialist, Supervisor));

    /// <summary>R2 §14.2, §15.7, §16.7: fixing is technical work, started at once after confirmation.</summary>
    public static Transition<IncidentStatus, IncidentAction> StartFix { get; } =
        new(Confirmed, IncidentAction.StartFix, Fixing, "R2 §14.2, §15.7, §16.7", RoleSet.Of(Specialist));

    /// <summary>R2 §14.3, §15.8, §16.8: whoever fixed it records the actual fix time the notices must state.</summary>
    public static Transition<IncidentStatus, IncidentAction> RecordFix { get; } =
        new(Fixing, IncidentAction.RecordFix, Fixed, "R2 §14.3, §15.8, §16.8", RoleSet.Of(Specialist));

    /// <summary>The Rules name no closing; the contact centre closes once the user has been told of the fix
    /// (R2 §14.3, §15.8) and the Journal row (form F1: decision and measures) is complete; a supervisor may too.</summary>
    public static Transition<IncidentStatus, IncidentAction> CloseFixed { get; } =
        new(Fixed, IncidentAction.Close, Closed, "R2 §14.3, §15.8, form F1", RoleSet.Of(Operator, Supervisor));

    /// <summary>Closed once the user has been told of the refutation with its evidence (R2 §11).</summary>
    public static Transition<IncidentStatus, IncidentAction> CloseRefuted { get; } =
        new(Refuted, IncidentAction.Close, Closed, "R2 §11, form F1", RoleSet.Of(Operator, Supervisor));

    public static TransitionTable<IncidentStatus, IncidentAction> Table { get; } =
        new([Assign, Confirm, Refute, StartFix, RecordFix, CloseFixed, CloseRefuted]);

    public static IReadOnlyList<Transition<IncidentStatus, IncidentAction>> All => Table.All;

    public static TransitionCheck<IncidentStatus, IncidentAction> Check(IncidentStatus from, IncidentAction action, IEnumerable<string> roles) =>
        Table.Check(from, action, roles);

    /// <summary>Every move out of a status, whoever may take it (a UI shows the others disabled).</summary>
    public static IReadOnlyList<Transition<IncidentStatus, IncidentAction>> From(IncidentStatus from) => Table.From(from);

    /// <summary>The actions a user with these roles may take on an incident in this status.</summary>
    public static IReadOnlyList<IncidentAction> AvailableActions(IncidentStatus from, IEnumerable<string> roles) => Table.AvailableActions(from, roles);

    /// <summary>The roles that may take an action, in whichever status it applies.</summary>
    public static IReadOnlySet<string> RolesFor(IncidentAction action) => Table.RolesFor(action);

    public static bool IsFinal(IncidentStatus status) => Table.IsFinal(status);
}
