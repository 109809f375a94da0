using GosZakup.Console.Domain.Acts;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Lifecycles;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Domain.Tests.Lifecycles;
using static GosZakup.Console.Domain.Acts.ActAction;
using static GosZakup.Console.Domain.Acts.ActState;

namespace GosZakup.Console.Domain.Tests.Acts;

public class ActLifecycleTests
{
    /// <summary>The specification: every allowed move and the roles that may make it. Any other pair is refused.</summary>
    private static readonly (ActState From, ActAction Action, ActState To, string[] Roles)[] AllowedMoves =
    [
        (Draft, Save, Draft, [StaffRole.Operator]),
        (Returned, Save, Returned, [StaffRole.Operator]),
        (Draft, Submit, Submitted, [StaffRole.Operator]),
        (Returned, Submit, Submitted, [StaffRole.Operator]),
        (Submitted, ActAction.Return, Returned, [StaffRole.Supervisor]),
        (Submitted, Sign, Signed, [StaffRole.Supervisor]),
        (Signed, Publish, Signed, [StaffRole.Supervisor, StaffRole.Operator]),
        (Signed, DraftCorrection, Signed, [StaffRole.Operator]),
    ];

    public static TheoryData<ActState, ActAction, string> EveryStateActionAndRole() => LifecycleSpecification.EveryStateActionAndRole<ActState, ActAction>();

    [Theory]
    [MemberData(nameof(EveryStateActionAndRole))]
    public void Each_state_action_and_role_is_allowed_exactly_as_the_table_says(ActState from, ActAction action, string role) =>
        LifecycleSpecification.AssertAllowedExactlyAsWritten(ActLifecycle.Table, AllowedMoves, from, action, role);

    [Fact]
    public void The_lifecycle_holds_exactly_the_moves_of_the_table() => LifecycleSpecification.AssertHoldsExactly(ActLifecycle.Table, AllowedMoves);

    [Fact]
    public void An_action_takes_the_same_roles_in_every_state_it_applies_in()
    {
        Assert.All(ActLifecycle.All, t => Assert.Equal(ActLifecycle.RolesFor(t.Action).Order(), t.Roles.Order()));
    }

    [Fact]
    public void The_Operator_drafts_and_the_Supervisor_signs_as_R2_17_has_it()
    {
        Assert.True(ActLifecycle.MayDraft([StaffRole.Operator]));
        Assert.False(ActLifecycle.MayDraft([StaffRole.Supervisor, StaffRole.Specialist, StaffRole.Manager, StaffRole.WorkingGroup, StaffRole.Admin]));
        Assert.Equal([StaffRole.Supervisor], ActLifecycle.RolesFor(Sign).ToArray());
    }

    [Theory]
    [InlineData(Save)]
    [InlineData(Submit)]
    [InlineData(ActAction.Return)]
    [InlineData(Sign)]
    public void A_signed_Act_never_changes(ActAction action)
    {
        Assert.Equal(TransitionRefusal.NotAllowedFromStatus, ActLifecycle.Check(Signed, action, StaffRole.All).Refusal);
    }

    [Theory]
    [InlineData(Draft)]
    [InlineData(Submitted)]
    [InlineData(Returned)]
    public void Only_a_signed_Act_is_published_or_corrected(ActState state)
    {
        Assert.Equal(TransitionRefusal.NotAllowedFromStatus, ActLifecycle.Check(state, Publish, StaffRole.All).Refusal);
        Assert.Equal(TransitionRefusal.NotAllowedFromStatus, ActLifecycle.Check(state, DraftCorrection, StaffRole.All).Refusal);
    }

    [Fact]
    public void A_state_refusal_comes_before_a_role_refusal()
    {
        Assert.Equal(TransitionRefusal.NotAllowedFromStatus, ActLifecycle.Check(Draft, Sign, [StaffRole.Operator]).Refusal);
    }

    [Fact]
    public void A_user_without_roles_may_do_nothing()
    {
        Assert.All(Enum.GetValues<ActState>(), s => Assert.Empty(ActLifecycle.AvailableActions(s, [])));
        Assert.False(ActLifecycle.MayDraft([]));
    }

    [Theory]
    [InlineData(Draft, StaffRole.Operator, new[] { Save, Submit })]
    [InlineData(Draft, StaffRole.Supervisor, new ActAction[0])]
    [InlineData(Returned, StaffRole.Operator, new[] { Save, Submit })]
    [InlineData(Submitted, StaffRole.Supervisor, new[] { ActAction.Return, Sign })]
    [InlineData(Submitted, StaffRole.Operator, new ActAction[0])]
    [InlineData(Signed, StaffRole.Operator, new[] { Publish, DraftCorrection })]
    [InlineData(Signed, StaffRole.Supervisor, new[] { Publish })]
    [InlineData(Signed, StaffRole.Manager, new ActAction[0])]
    public void A_user_is_offered_the_actions_their_roles_allow(ActState state, string role, ActAction[] actions)
    {
        Assert.Equal(actions, ActLifecycle.AvailableActions(state, [role]));
    }

    [Fact]
    public void Every_state_is_reachable_from_a_draft_and_leads_to_signed_which_nothing_leaves()
    {
        Assert.All(Enum.GetValues<ActState>(), s => Assert.Contains(s, Reachable(Draft)));
        Assert.All(Enum.GetValues<ActState>(), s => Assert.Contains(Signed, Reachable(s)));
        Assert.Equal([Signed], Reachable(Signed).ToArray());
    }

    [Theory]
    [InlineData(Draft, Submit, Submitted)]
    [InlineData(Signed, Publish, Signed)]
    public void A_record_applying_a_move_gets_the_state_the_table_gives(ActState from, ActAction action, ActState to)
    {
        Assert.Equal(to, ActLifecycle.After(from, action));
    }

    [Fact]
    public void Applying_a_move_the_table_does_not_have_is_a_bug()
    {
        Assert.Throws<InvalidOperationException>(() => ActLifecycle.After(Draft, Sign));
    }

    [Fact]
    public void Every_move_cites_R2_17_and_names_known_roles()
    {
        Assert.All(ActLifecycle.All, t => Assert.Contains("R2 §17", t.Clause));
        Assert.All(ActLifecycle.All.SelectMany(t => t.Roles), r => Assert.True(StaffRole.IsKnown(r), r));
    }

    private static HashSet<ActState> Reachable(ActState start) => LifecycleSpecification.Reachable(ActLifecycle.Table, start);
}
