using GosZakup.Console.Domain.Acts;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Domain.Tests.Lifecycles;
using static GosZakup.Console.Domain.Acts.SecurityReturnAction;
using static GosZakup.Console.Domain.Acts.SecurityReturnState;

namespace GosZakup.Console.Domain.Tests.Acts;

public class SecurityReturnLifecycleTests
{
    /// <summary>The specification: every allowed step and the roles that may record it. Any other pair is refused.</summary>
    private static readonly (SecurityReturnState From, SecurityReturnAction Action, SecurityReturnState To, string[] Roles)[] AllowedMoves =
    [
        (AwaitingOrganiser, Return, ReturnedByOrganiser, [StaffRole.Operator, StaffRole.Supervisor]),
        (AwaitingOrganiser, Credit, CreditedToBudget, [StaffRole.Operator, StaffRole.Supervisor]),
        (CreditedToBudget, Letter, LetterReceived, [StaffRole.Operator, StaffRole.Supervisor]),
        (LetterReceived, Refund, Refunded, [StaffRole.Supervisor]),
    ];

    public static TheoryData<SecurityReturnState, SecurityReturnAction, string> EveryStateActionAndRole() =>
        LifecycleSpecification.EveryStateActionAndRole<SecurityReturnState, SecurityReturnAction>();

    [Theory]
    [MemberData(nameof(EveryStateActionAndRole))]
    public void Each_state_action_and_role_is_allowed_exactly_as_the_table_says(SecurityReturnState from, SecurityReturnAction action, string role) =>
        LifecycleSpecification.AssertAllowedExactlyAsWritten(SecurityReturnLifecycle.Table, AllowedMoves, from, action, role);

    [Fact]
    public void The_lifecycle_holds_exactly_the_moves_of_the_table() => LifecycleSpecification.AssertHoldsExactly(SecurityReturnLifecycle.Table, AllowedMoves);

    [Theory]
    [InlineData(true, new[] { Return, Credit })]
    [InlineData(false, new[] { Return })]
    public void Crediting_to_the_budget_is_a_step_only_after_an_operator_related_failure(bool operatorRelated, SecurityReturnAction[] steps)
    {
        Assert.Equal(steps, SecurityReturnLifecycle.AvailableActions(AwaitingOrganiser, [StaffRole.Operator], operatorRelated));
    }

    [Theory]
    [InlineData(LetterReceived, StaffRole.Operator, new SecurityReturnAction[0])]
    [InlineData(LetterReceived, StaffRole.Supervisor, new[] { Refund })]
    [InlineData(CreditedToBudget, StaffRole.Operator, new[] { Letter })]
    [InlineData(AwaitingOrganiser, StaffRole.Specialist, new SecurityReturnAction[0])]
    [InlineData(Refunded, StaffRole.Supervisor, new SecurityReturnAction[0])]
    public void A_user_is_offered_the_steps_their_roles_allow(SecurityReturnState state, string role, SecurityReturnAction[] steps)
    {
        Assert.Equal(steps, SecurityReturnLifecycle.AvailableActions(state, [role], operatorRelated: true));
    }

    [Fact]
    public void Returned_and_refunded_are_the_ends()
    {
        Assert.Equal([ReturnedByOrganiser, Refunded], Enum.GetValues<SecurityReturnState>().Where(SecurityReturnLifecycle.IsFinal));
    }

    [Fact]
    public void Applying_a_step_the_table_does_not_have_is_a_bug()
    {
        Assert.Equal(Refunded, SecurityReturnLifecycle.After(LetterReceived, Refund));
        Assert.Throws<InvalidOperationException>(() => SecurityReturnLifecycle.After(AwaitingOrganiser, Refund));
    }

    [Fact]
    public void Every_step_cites_the_Rules_and_names_known_roles()
    {
        Assert.All(SecurityReturnLifecycle.All, t => Assert.Contains("R2 §", t.Clause));
        Assert.All(SecurityReturnLifecycle.All.SelectMany(t => t.Roles), r => Assert.True(StaffRole.IsKnown(r), r));
    }
}
