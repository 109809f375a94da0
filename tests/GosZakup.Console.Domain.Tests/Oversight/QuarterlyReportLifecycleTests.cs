using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Oversight;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Domain.Tests.Lifecycles;
using static GosZakup.Console.Domain.Oversight.QuarterlyReportAction;
using static GosZakup.Console.Domain.Oversight.QuarterlyReportState;

namespace GosZakup.Console.Domain.Tests.Oversight;

public class QuarterlyReportLifecycleTests
{
    /// <summary>The specification: every allowed move and the roles that may make it (none: the console's job makes it).
    /// Any other pair is refused.</summary>
    private static readonly (QuarterlyReportState From, QuarterlyReportAction Action, QuarterlyReportState To, string[] Roles)[] AllowedMoves =
    [
        (Queued, Start, Building, []),
        (Queued, Finish, Ready, []),
        (Building, Finish, Ready, []),
        (Queued, Fail, Failed, []),
        (Building, Fail, Failed, []),
        (Ready, Sign, Signed, [StaffRole.Manager]),
    ];

    public static TheoryData<QuarterlyReportState, QuarterlyReportAction, string> EveryStateActionAndRole() =>
        LifecycleSpecification.EveryStateActionAndRole<QuarterlyReportState, QuarterlyReportAction>();

    [Theory]
    [MemberData(nameof(EveryStateActionAndRole))]
    public void Each_state_action_and_role_is_allowed_exactly_as_the_table_says(QuarterlyReportState from, QuarterlyReportAction action, string role) =>
        LifecycleSpecification.AssertAllowedExactlyAsWritten(QuarterlyReportLifecycle.Table, AllowedMoves, from, action, role);

    [Fact]
    public void The_lifecycle_holds_exactly_the_moves_of_the_table() => LifecycleSpecification.AssertHoldsExactly(QuarterlyReportLifecycle.Table, AllowedMoves);

    [Theory]
    [InlineData(StaffRole.Manager, true)]
    [InlineData(StaffRole.Supervisor, true)]
    [InlineData(StaffRole.Operator, false)]
    [InlineData(StaffRole.WorkingGroup, false)]
    public void A_Manager_or_Supervisor_asks_for_a_build(string role, bool may)
    {
        Assert.Equal(may, QuarterlyReportLifecycle.MayRequest([role]));
    }

    [Fact]
    public void Only_the_Manager_signs_and_only_a_built_report()
    {
        Assert.Equal([Sign], QuarterlyReportLifecycle.AvailableActions(Ready, [StaffRole.Manager]));
        Assert.Empty(QuarterlyReportLifecycle.AvailableActions(Ready, [StaffRole.Supervisor]));
        Assert.All(Enum.GetValues<QuarterlyReportState>().Where(s => s != Ready),
            s => Assert.Empty(QuarterlyReportLifecycle.AvailableActions(s, StaffRole.All)));
    }

    [Theory]
    [InlineData(Queued, true)]
    [InlineData(Building, true)]
    [InlineData(Ready, false)]
    [InlineData(Failed, false)]
    [InlineData(Signed, false)]
    public void The_job_holds_a_build_only_while_it_is_queued_or_building(QuarterlyReportState state, bool inProgress)
    {
        Assert.Equal(inProgress, QuarterlyReportLifecycle.IsInProgress(state));
        Assert.Equal(inProgress, QuarterlyReportLifecycle.Table.From(state).Any(t => t.Action == Finish));
    }

    [Fact]
    public void Failed_and_signed_builds_are_final()
    {
        Assert.Equal([Failed, Signed], Enum.GetValues<QuarterlyReportState>().Where(QuarterlyReportLifecycle.IsFinal));
        Assert.Throws<InvalidOperationException>(() => QuarterlyReportLifecycle.After(Failed, Finish));
    }

    [Fact]
    public void Every_move_cites_R2_27_and_names_known_roles()
    {
        Assert.All(QuarterlyReportLifecycle.All, t => Assert.Equal("R2 §27", t.Clause));
        Assert.All(QuarterlyReportLifecycle.All.SelectMany(t => t.Roles).Concat(QuarterlyReportLifecycle.Requesters),
            r => Assert.True(StaffRole.IsKnown(r), r));
    }
}
