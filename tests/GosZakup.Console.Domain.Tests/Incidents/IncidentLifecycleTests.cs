using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Staff;
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

    public static TheoryData<IncidentStatus, IncidentAction, string> EveryStatusActionAndRole()
    {
        var data = new TheoryData<IncidentStatus, IncidentAction, string>();
        foreach (var status in Enum.GetValues<IncidentStatus>())
            foreach (var action in Enum.GetValues<IncidentAction>())
                foreach (var role in StaffRole.All)
                    data.Add(status, action, role);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStatusActionAndRole))]
    public void Each_status_action_and_role_is_allowed_exactly_as_the_table_says(IncidentStatus from, IncidentAction action, string role)
    {
        var check = IncidentLifecycle.Check(from, action, [role]);

        var move = AllowedMoves.SingleOrDefault(m => m.From == from && m.Action == action);
        if (move == default)
        {
            Assert.Equal(TransitionRefusal.NotAllowedFromStatus, check.Refusal);
            Assert.Null(check.To);
        }
        else if (move.Roles.Contains(role))
        {
            Assert.True(check.IsAllowed);
            Assert.Equal(move.To, check.To);
        }
        else
        {
            Assert.Equal(TransitionRefusal.RoleNotAllowed, check.Refusal);
            Assert.Null(check.To);
        }
    }

    [Fact]
    public void The_lifecycle_holds_exactly_the_moves_of_the_table()
    {
        Assert.Equal(AllowedMoves.Select(m => (m.From, m.Action, m.To)), IncidentLifecycle.All.Select(t => (t.From, t.Action, t.To)));
        Assert.All(IncidentLifecycle.All, t => Assert.Equal(AllowedMoves.Single(m => m.From == t.From && m.Action == t.Action).Roles.Order(), t.Roles.Order()));
    }

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

    private static HashSet<IncidentStatus> Reachable(IncidentStatus start)
    {
        var seen = new HashSet<IncidentStatus> { start };
        var queue = new Queue<IncidentStatus>([start]);
        while (queue.TryDequeue(out var status))
            foreach (var t in IncidentLifecycle.From(status))
                if (seen.Add(t.To)) queue.Enqueue(t.To);
        return seen;
    }
}
