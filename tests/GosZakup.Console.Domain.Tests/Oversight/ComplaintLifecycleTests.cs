using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Lifecycles;
using GosZakup.Console.Domain.Oversight;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Domain.Tests.Lifecycles;
using static GosZakup.Console.Domain.Oversight.ComplaintAction;
using static GosZakup.Console.Domain.Oversight.ComplaintState;

namespace GosZakup.Console.Domain.Tests.Oversight;

public class ComplaintLifecycleTests
{
    /// <summary>The specification: every allowed move and the roles that may make it. Any other pair is refused.</summary>
    private static readonly (ComplaintState From, ComplaintAction Action, ComplaintState To, string[] Roles)[] AllowedMoves =
    [
        (Received, Answer, Answered, [StaffRole.Supervisor]),
    ];

    public static TheoryData<ComplaintState, ComplaintAction, string> EveryStateActionAndRole() =>
        LifecycleSpecification.EveryStateActionAndRole<ComplaintState, ComplaintAction>();

    [Theory]
    [MemberData(nameof(EveryStateActionAndRole))]
    public void Each_state_action_and_role_is_allowed_exactly_as_the_table_says(ComplaintState from, ComplaintAction action, string role) =>
        LifecycleSpecification.AssertAllowedExactlyAsWritten(ComplaintLifecycle.Table, AllowedMoves, from, action, role);

    [Fact]
    public void The_lifecycle_holds_exactly_the_moves_of_the_table() => LifecycleSpecification.AssertHoldsExactly(ComplaintLifecycle.Table, AllowedMoves);

    [Theory]
    [InlineData(StaffRole.Supervisor, true)]
    [InlineData(StaffRole.Manager, true)]
    [InlineData(StaffRole.Operator, false)]
    [InlineData(StaffRole.WorkingGroup, false)]
    [InlineData(StaffRole.Admin, false)]
    public void The_heads_letter_is_registered_by_a_Supervisor_or_a_Manager(string role, bool may)
    {
        Assert.Equal(may, ComplaintLifecycle.MayRegister([role]));
    }

    [Fact]
    public void A_Manager_registers_but_does_not_answer()
    {
        Assert.Empty(ComplaintLifecycle.AvailableActions(Received, [StaffRole.Manager]));
        Assert.Equal([Answer], ComplaintLifecycle.AvailableActions(Received, [StaffRole.Manager, StaffRole.Supervisor]));
    }

    [Fact]
    public void An_answer_is_final()
    {
        Assert.True(ComplaintLifecycle.IsFinal(Answered));
        Assert.Equal(TransitionRefusal.NotAllowedFromStatus, ComplaintLifecycle.Check(Answered, Answer, [StaffRole.Supervisor]).Refusal);
        Assert.Throws<InvalidOperationException>(() => ComplaintLifecycle.After(Answered, Answer));
    }

    [Fact]
    public void Every_move_cites_the_Rules_and_names_known_roles()
    {
        Assert.All(ComplaintLifecycle.All, t => Assert.Contains("R2 §3", t.Clause));
        Assert.All(ComplaintLifecycle.All.SelectMany(t => t.Roles).Concat(ComplaintLifecycle.Registrars), r => Assert.True(StaffRole.IsKnown(r), r));
    }
}
