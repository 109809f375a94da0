using GosZakup.Console.Domain.Announcements;
using GosZakup.Console.Domain.Lifecycles;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Domain.Tests.Lifecycles;
using static GosZakup.Console.Domain.Announcements.UpdateAction;
using static GosZakup.Console.Domain.Announcements.UpdateState;

namespace GosZakup.Console.Domain.Tests.Announcements;

public class AnnouncementUpdateLifecycleTests
{
    private static readonly string[] Desk = [StaffRole.Operator, StaffRole.Supervisor, StaffRole.Manager];

    /// <summary>The specification: every allowed move and the roles that may make it. Any other pair is refused.</summary>
    private static readonly (UpdateState From, UpdateAction Action, UpdateState To, string[] Roles)[] AllowedMoves =
    [
        (Draft, Save, Draft, Desk),
        (Draft, Publish, Published, Desk),
        (Draft, Discard, Draft, Desk),
    ];

    public static TheoryData<UpdateState, UpdateAction, string> EveryStateActionAndRole() =>
        LifecycleSpecification.EveryStateActionAndRole<UpdateState, UpdateAction>();

    [Theory]
    [MemberData(nameof(EveryStateActionAndRole))]
    public void Each_state_action_and_role_is_allowed_exactly_as_the_table_says(UpdateState from, UpdateAction action, string role) =>
        LifecycleSpecification.AssertAllowedExactlyAsWritten(AnnouncementUpdateLifecycle.Table, AllowedMoves, from, action, role);

    [Fact]
    public void The_lifecycle_holds_exactly_the_moves_of_the_table() =>
        LifecycleSpecification.AssertHoldsExactly(AnnouncementUpdateLifecycle.Table, AllowedMoves);

    [Theory]
    [InlineData(StaffRole.Operator, true)]
    [InlineData(StaffRole.Supervisor, true)]
    [InlineData(StaffRole.Manager, true)]
    [InlineData(StaffRole.Specialist, false)]
    [InlineData(StaffRole.WorkingGroup, false)]
    [InlineData(StaffRole.Admin, false)]
    public void The_desk_and_its_managers_draft_updates(string role, bool may)
    {
        Assert.Equal(may, AnnouncementUpdateLifecycle.MayDraft([role]));
    }

    [Theory]
    [InlineData(Save)]
    [InlineData(Publish)]
    [InlineData(Discard)]
    public void A_published_update_is_never_changed(UpdateAction action)
    {
        Assert.True(AnnouncementUpdateLifecycle.IsFinal(Published));
        Assert.Equal(TransitionRefusal.NotAllowedFromStatus, AnnouncementUpdateLifecycle.Check(Published, action, Desk).Refusal);
    }

    [Fact]
    public void Publishing_a_draft_publishes_it_and_nothing_moves_a_published_update()
    {
        Assert.Equal(Published, AnnouncementUpdateLifecycle.After(Draft, Publish));
        Assert.Throws<InvalidOperationException>(() => AnnouncementUpdateLifecycle.After(Published, Publish));
    }

    [Fact]
    public void A_draft_offers_its_drafters_every_move_and_a_reader_none()
    {
        Assert.Equal([Save, Publish, Discard], AnnouncementUpdateLifecycle.AvailableActions(Draft, [StaffRole.Operator]));
        Assert.Empty(AnnouncementUpdateLifecycle.AvailableActions(Draft, [StaffRole.WorkingGroup, StaffRole.Specialist]));
    }

    [Fact]
    public void Every_move_cites_the_Rules_and_names_known_roles()
    {
        Assert.All(AnnouncementUpdateLifecycle.All, t => Assert.Contains("R2 §1", t.Clause));
        Assert.All(AnnouncementUpdateLifecycle.All.SelectMany(t => t.Roles).Concat(AnnouncementUpdateLifecycle.Drafters),
            r => Assert.True(StaffRole.IsKnown(r), r));
    }
}
