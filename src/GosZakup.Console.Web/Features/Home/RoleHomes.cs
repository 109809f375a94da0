using System.Security.Claims;
using GosZakup.Console.Domain.Staff;
using MudBlazor;

namespace GosZakup.Console.Web.Features.Home;

/// <summary>Where each role starts its day: the home page shows one card per role the user holds. A role that
/// <paramref name="LandsThere"/> is taken straight to its page at sign-in when it is the user's only role.</summary>
public sealed record RoleHome(string Role, string Href, string LinkKey, string Icon, bool External = false, bool LandsThere = false);

public static class RoleHomes
{
    public static IReadOnlyList<RoleHome> All { get; } =
    [
        // R2 §7: the operator's first task is the appeals on the 30-minute registration clock.
        new(StaffRole.Operator, "/inbox", "Nav.Inbox", Icons.Material.Outlined.MoveToInbox, LandsThere: true),
        new(StaffRole.Specialist, "/incidents", "Nav.Incidents", Icons.Material.Outlined.ReportProblem),
        new(StaffRole.Supervisor, "/approvals", "Nav.Approvals", Icons.Material.Outlined.Approval),
        new(StaffRole.Manager, "/dashboard", "Nav.Dashboard", Icons.Material.Outlined.Speed),
        new(StaffRole.WorkingGroup, "/reports", "Nav.Reports", Icons.Material.Outlined.Assessment),
        new(StaffRole.Admin, "/admin/users", "Nav.Users", Icons.Material.Outlined.ManageAccounts),
    ];

    public static IEnumerable<RoleHome> ForUser(ClaimsPrincipal user) => All.Where(home => user.IsInRole(home.Role));

    /// <summary>Where sign-in takes a user who asked for no page: their role's own page when it lands there and is
    /// their only role, else the home page with a card per role.</summary>
    public static string LandingFor(IReadOnlyCollection<string> roles) =>
        roles.Count == 1 && All.FirstOrDefault(home => home.Role == roles.First()) is { LandsThere: true } home ? home.Href : "/";
}
