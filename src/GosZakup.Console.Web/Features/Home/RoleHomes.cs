using System.Security.Claims;
using GosZakup.Console.Domain.Staff;
using MudBlazor;

namespace GosZakup.Console.Web.Features.Home;

/// <summary>Where each role starts its day: the home page shows one card per role the user holds.</summary>
public sealed record RoleHome(string Role, string Href, string LinkKey, string Icon, bool External = false);

public static class RoleHomes
{
    public static IReadOnlyList<RoleHome> All { get; } =
    [
        new(StaffRole.Operator, "/inbox", "Nav.Inbox", Icons.Material.Outlined.MoveToInbox),
        new(StaffRole.Specialist, "/incidents", "Nav.Incidents", Icons.Material.Outlined.ReportProblem),
        new(StaffRole.Supervisor, "/acts", "Nav.Acts", Icons.Material.Outlined.Draw),
        new(StaffRole.Manager, "/dashboard", "Nav.Dashboard", Icons.Material.Outlined.Speed),
        new(StaffRole.WorkingGroup, "/reports", "Nav.Reports", Icons.Material.Outlined.Assessment),
        new(StaffRole.Admin, "/admin/users", "Nav.Users", Icons.Material.Outlined.ManageAccounts),
    ];

    public static IEnumerable<RoleHome> ForUser(ClaimsPrincipal user) => All.Where(home => user.IsInRole(home.Role));
}
