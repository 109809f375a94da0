using GosZakup.Console.Domain.Staff;

namespace GosZakup.Console.Domain.Tests;

public class StaffRoleTests
{
    [Fact]
    public void The_six_roles_of_the_console_are_known()
    {
        Assert.Equal(["Operator", "Specialist", "Supervisor", "Manager", "WorkingGroup", "Admin"], StaffRole.All);
    }

    [Theory]
    [InlineData("operator")]
    [InlineData("Root")]
    [InlineData("")]
    public void Anything_else_is_not_a_role(string name) => Assert.False(StaffRole.IsKnown(name));
}
