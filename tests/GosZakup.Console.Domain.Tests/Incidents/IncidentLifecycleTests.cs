using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Lifecycles;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Domain.Tests.Lifecycles;
using static GosZakup.Console.Domain.Incidents.IncidentAction;
using static GosZakup.Console.Domain.Incidents.IncidentStatus;

namespace GosZakup.Console.Domain.Tests.Incidents;

public class IncidentLifecycleTests
{
    /// <summary>The specification: every allowed move and the roles that may make it. Any other pair is refused.</summary>
    private static readonly (IncidentStatus From, IncidentAction Action, IncidentStatus To, string[] Roles)[] AllowedMoves =
    [
        (Registered, Assign, UnderAnalysis, [StaffRole.Operator, StaffRole.Specialist, StaffRole.Supervisor]),
        (UnderAnalysis, Confirm, Confirmed, [StaffRole.Specialist, StaffRole.Supervisor]),
        (UnderAnalysis, Refute, Refuted, [StaffRole.Specialist, StaffRole.Supervisor]),
        (Confirmed, StartFix, Fixing, [StaffRole.Specialist]),
        (Fixing, RecordFix, Fixed, [StaffRole.Specialist]),
        (Fixed, Close, Closed, [StaffRole.Operator, StaffRole.Supervisor]),
        (Refuted, Close, Closed, [StaffRole.Operator, StaffRole.Supervisor]),
    ];

    public static TheoryData<IncidentStatus, IncidentAction, string> EveryStatusActionAndRole() =>
        LifecycleSpecification.EveryStateActionAndRole<IncidentStatus, IncidentAction>();

    [Theory]
    [MemberData(nameof(EveryStatusActionAndRole))]
    public void Each_status_action_and_role_is_allowed_exactly_as_the_table_says(IncidentStatus from, IncidentAction action, string role) =>
        LifecycleSpecification.AssertAllowedExactlyAsWritten(IncidentLifecycle.Table, AllowedMoves, from, action, role);

    [Fact]
    public void The_lifecycle_holds_exactly_the_moves_of_the_table() => LifecycleSpecification.AssertHoldsExactly(IncidentLifecycle.Table, AllowedMoves);

    [Theory]
    [InlineData(Confirm)]
    [InlineData(Refute)]
    public void A_failure_is_confirmed_or_refuted_only_after_analysis(IncidentAction action)
    {
        var check = IncidentLifecycle.Check(Registered, action, StaffRole.All);

        Assert.Equal(TransitionRefusal.NotAllowedFromStatus, check.Refusal);
    }

    [Fact]
    public void A_status_refusal_comes_before_a_role_refusal()
    {
        Assert.Equal(TransitionRefusal.NotAllowedFromStatus, IncidentLifecycle.Check(Closed, Close, [StaffRole.Admin]).Refusal);
    }

    [Fact]
    public void One_suitable_role_among_several_is_enough()
    {
        Assert.True(IncidentLifecycle.Check(UnderAnalysis, Confirm, [StaffRole.Operator, StaffRole.Supervisor]).IsAllowed);
    }

    [Theory]
    [InlineData("specialist")]
    [InlineData("")]
    public void Role_names_are_matched_exactly(string role)
    {
        Assert.Equal(TransitionRefusal.RoleNotAllowed, IncidentLifecycle.Check(UnderAnalysis, Confirm, [role]).Refusal);
    }

    [Fact]
    public void A_user_without_roles_may_do_nothing()
    {
        Assert.Equal(TransitionRefusal.RoleNotAllowed, IncidentLifecycle.Check(Registered, Assign, []).Refusal);
    }

    [Theory]
    [InlineData(UnderAnalysis, StaffRole.Specialist, new[] { Confirm, Refute })]
    [InlineData(UnderAnalysis, StaffRole.Operator, new IncidentAction[0])]
    [InlineData(Registered, StaffRole.Operator, new[] { Assign })]
    [InlineData(Fixed, StaffRole.Specialist, new IncidentAction[0])]
    [InlineData(Refuted, StaffRole.Supervisor, new[] { Close })]
    [InlineData(Closed, StaffRole.Supervisor, new IncidentAction[0])]
    public void A_user_is_offered_the_actions_their_roles_allow(IncidentStatus status, string role, IncidentAction[] actions)
    {
        Assert.Equal(actions, IncidentLifecycle.AvailableActions(status, [role]));
    }

    [Fact]
    public void Every_move_out_of_a_status_is_listed_for_a_disabled_button()
    {
        Assert.Equal([Confirm, Refute], IncidentLifecycle.From(UnderAnalysis).Select(t => t.Action));
    }

    [Fact]
    public void Only_closed_is_final()
    {
        Assert.Equal([Closed], Enum.GetValues<IncidentStatus>().Where(IncidentLifecycle.IsFinal));
    }

    [Fact]
    public void Every_status_is_reachable_from_registration_and_leads_to_closing()
    {
        Assert.All(Enum.GetValues<IncidentStatus>(), s => Assert.Contains(s, Reachable(Registered)));
        Assert.All(Enum.GetValues<IncidentStatus>(), s => Assert.Contains(Closed, Reachable(s)));
    }

    [Fact]
    public void Closing_takes_the_same_roles_from_fixed_and_from_refuted()
    {
        Assert.Equal(IncidentLifecycle.CloseFixed.Roles.Order(), IncidentLifecycle.CloseRefuted.Roles.Order());
        Assert.Same(IncidentLifecycle.CloseFixed.Roles, IncidentLifecycle.RolesFor(Close));
    }

    [Fact]
    public void Every_move_cites_the_Rules_and_names_known_roles()
    {
        Assert.All(IncidentLifecycle.All, t => Assert.Contains("R2 §", t.Clause));
        Assert.All(IncidentLifecycle.All.SelectMany(t => t.Roles), r => Assert.True(StaffRole.IsKnown(r), r));
    }

    private static HashSet<IncidentStatus> Reachable(IncidentStatus start) => LifecycleSpecification.Reachable(IncidentLifecycle.Table, start);
}
