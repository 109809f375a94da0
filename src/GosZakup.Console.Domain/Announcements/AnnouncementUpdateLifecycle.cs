using GosZakup.Console.Domain.Lifecycles;
using static GosZakup.Console.Domain.Announcements.UpdateState;
using static GosZakup.Console.Domain.Staff.StaffRole;

namespace GosZakup.Console.Domain.Announcements;

/// <summary>Where one update of a main-page announcement stands.</summary>
public enum UpdateState
{
    /// <summary>Written, seen only by the staff.</summary>
    Draft = 1,

    /// <summary>On the portal's main page; never changed again: later news is a new update.</summary>
    Published = 2,
}

/// <summary>What a user does to an update of an announcement.</summary>
public enum UpdateAction
{
    Save = 1,
    Publish = 2,
    Discard = 3,
}

/// <summary>An update of a main-page announcement (R2 §15.2, §15.8, §16.3, §16.8, §24; R1 §11, §13-§14): drafted by the
/// desk, published once, and never changed after: a correction or later news is a new update, so the announcement keeps
/// its history like a status page. The Rules name no roles; the desk that talks to users (an Operator) writes and posts,
/// and a Supervisor or Manager may do the same.</summary>
public static class AnnouncementUpdateLifecycle
{
    /// <summary>Who drafts a new update (from an incident, on an announcement, or a new announcement) and moves drafts on.</summary>
    public static IReadOnlySet<string> Drafters { get; } = RoleSet.Of(Operator, Supervisor, Manager);

    /// <summary>R1 §12: the Kazakh and Russian text is corrected before anyone sees it.</summary>
    public static Transition<UpdateState, UpdateAction> Save { get; } = new(Draft, UpdateAction.Save, Draft, "R2 §15.2, §16.3; R1 §12", Drafters);

    /// <summary>R2 §15.2, §16.3 (within 30 minutes of confirmation), §15.8, §16.8 (after the fix), §24 and R1 §11 (planned
    /// works), R1 §13-§14 (force majeure): the update goes on the main page.</summary>
    public static Transition<UpdateState, UpdateAction> Publish { get; } =
        new(Draft, UpdateAction.Publish, Published, "R2 §15.2, §15.8, §16.3, §16.8, §24; R1 §11, §13-§14", Drafters);

    /// <summary>A draft nobody should see is deleted (with its announcement when that had nothing else); the state it
    /// leaves is moot. A published update is never withdrawn: the next update says what changed.</summary>
    public static Transition<UpdateState, UpdateAction> Discard { get; } = new(Draft, UpdateAction.Discard, Draft, "R2 §15.2, §16.3", Drafters);

    public static TransitionTable<UpdateState, UpdateAction> Table { get; } = new([Save, Publish, Discard]);

    public static IReadOnlyList<Transition<UpdateState, UpdateAction>> All => Table.All;

    public static TransitionCheck<UpdateState, UpdateAction> Check(UpdateState from, UpdateAction action, IEnumerable<string> roles) =>
        Table.Check(from, action, roles);

    public static IReadOnlyList<UpdateAction> AvailableActions(UpdateState from, IEnumerable<string> roles) => Table.AvailableActions(from, roles);

    public static bool MayDraft(IEnumerable<string> roles) => roles.Any(Drafters.Contains);

    public static UpdateState After(UpdateState from, UpdateAction action) => Table.After(from, action);

    public static bool IsFinal(UpdateState state) => Table.IsFinal(state);
}
