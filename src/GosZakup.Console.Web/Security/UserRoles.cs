using System.Security.Claims;
using GosZakup.Console.Domain.Staff;

namespace GosZakup.Console.Web.Security;

public static class UserRoles
{
    /// <summary>The console roles the user holds, as the Domain's life cycles take them.</summary>
    public static IReadOnlyList<string> StaffRoles(this ClaimsPrincipal user) => [.. StaffRole.All.Where(user.IsInRole)];
}
