using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Staff;

namespace GosZakup.Console.Domain.Tests.Incidents;

public class SeverityLevelChangeTests
{
    /// <summary>Rows: why, from, to, role, reason, refusal (none: allowed).</summary>
    public static TheoryData<string, Severity, Severity, string, string?, LevelChangeRefusal?> LevelChangeCases => new()
    {
        { "a specialist raises low to medium", Severity.Low, Severity.Medium, StaffRole.Specialist, null, null },
        { "a supervisor raises medium to high", Severity.Medium, Severity.High, StaffRole.Supervisor, null, null },
        { "an operator does not confirm, so does not raise", Severity.Low, Severity.High, StaffRole.Operator, null, LevelChangeRefusal.RoleNotAllowed },
        { "the Working Group does not raise", Severity.Low, Severity.Medium, StaffRole.WorkingGroup, null, LevelChangeRefusal.RoleNotAllowed },
        { "a specialist may not lower, even with a reason",
            Severity.High, Severity.Medium, StaffRole.Specialist, "module back", LevelChangeRefusal.RoleNotAllowed },
        { "an admin may not lower", Severity.Medium, Severity.Low, StaffRole.Admin, "wrong level", LevelChangeRefusal.RoleNotAllowed },
        { "a supervisor lowering without a reason is asked for one",
            Severity.High, Severity.Low, StaffRole.Supervisor, null, LevelChangeRefusal.ReasonRequired },
        { "a blank reason is no reason", Severity.Medium, Severity.Low, StaffRole.Supervisor, "  ", LevelChangeRefusal.ReasonRequired },
        { "a supervisor lowers with a reason", Severity.Medium, Severity.Low, StaffRole.Supervisor, "only one user, who bid in time", null },
        { "the same level is no change", Severity.Medium, Severity.Medium, StaffRole.Supervisor, "x", LevelChangeRefusal.Unchanged },
    };

    [Theory]
    [MemberData(nameof(LevelChangeCases))]
    public void Level_change(string why, Severity from, Severity to, string role, string? reason, LevelChangeRefusal? refusal)
    {
        var check = SeverityWizard.IsLevelChangeAllowed(from, to, [role], reason);

        Assert.True(refusal == check.Refusal, $"{why}: {check.Refusal}");
        Assert.Equal(refusal is null, check.IsAllowed);
    }

    [Fact]
    public void Raising_is_open_to_exactly_the_roles_that_confirm()
    {
        var raisers = StaffRole.All.Where(r => SeverityWizard.IsLevelChangeAllowed(Severity.Low, Severity.High, [r]).IsAllowed);

        Assert.Equal(IncidentLifecycle.RolesFor(IncidentAction.Confirm).Order(), raisers.Order());
    }

    [Fact]
    public void A_lowering_is_marked_as_such()
    {
        Assert.True(SeverityWizard.IsLevelChangeAllowed(Severity.High, Severity.Medium, [StaffRole.Supervisor], "r").IsLowering);
        Assert.False(SeverityWizard.IsLevelChangeAllowed(Severity.Low, Severity.Medium, [StaffRole.Supervisor]).IsLowering);
    }
}
