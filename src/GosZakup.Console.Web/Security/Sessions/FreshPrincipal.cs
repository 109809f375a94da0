using System.Security.Claims;
using GosZakup.Console.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace GosZakup.Console.Web.Security.Sessions;

/// <summary>Builds a principal from the user as stored now (current roles and stamp), keeping the session it belongs to.</summary>
public sealed class FreshPrincipal(IServiceScopeFactory scopes)
{
    /// <summary>Null when the user no longer exists.</summary>
    public async Task<ClaimsPrincipal?> ForAsync(ClaimsPrincipal current)
    {
        // Its own scope: inside a circuit the scoped DbContext belongs to the page, which may be using it right now.
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.GetUserAsync(current);
        if (user is null) return null;
        var fresh = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>().CreateAsync(user);
        if (current.FindFirstValue(SessionTicketStore.SessionClaim) is { } session)
            SessionTicketStore.Name(fresh, session);
        return fresh;
    }
}
