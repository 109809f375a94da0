using System.Security.Claims;
using GosZakup.Console.Domain.Staff;

namespace GosZakup.Console.Web.Security;

/// <summary>What the console reads of a signed-in user, in one place: their id, the name to greet them by, their roles.</summary>
public static class UserClaims
{
    /// <summary>The user's id (the Identity user's key), or null when signed out.</summary>
    public static string? UserId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>The full name given at sign-in (<see cref="ConsoleClaimsFactory.FullName"/>), else the login.</summary>
    public static string DisplayName(this ClaimsPrincipal user) => user.FindFirstValue(ConsoleClaimsFactory.FullName) ?? user.Identity?.Name ?? "";

    /// <summary>The console roles the user holds, as the Domain's life cycles take them.</summary>
    public static IReadOnlyList<string> StaffRoles(this ClaimsPrincipal user) => [.. StaffRole.All.Where(user.IsInRole)];
}
