using System.Security.Claims;
using GosZakup.Console.Infrastructure.Identity;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Security.Sessions;

/// <summary>What the store says about a signed-in user right now: what every request and every click is judged by.</summary>
public sealed record UserStanding(bool Disabled, string? SecurityStamp, IReadOnlySet<string> Roles, bool SessionAlive);

/// <summary>Reads a user's <see cref="UserStanding"/> in one small query by user id (the account, its roles, its session row).</summary>
public sealed class UserStandingReader(IDbContextFactory<AppDbContext> contexts, TimeProvider clock)
{
    /// <summary>Null when the principal names no user or the user no longer exists.</summary>
    public async Task<UserStanding?> ReadAsync(ClaimsPrincipal principal, CancellationToken ct = default)
    {
        var userId = principal.UserId();
        if (userId is null) return null;
        var sessionId = principal.FindFirstValue(SessionTicketStore.SessionClaim) ?? "";
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new
            {
                u.IsDisabled,
                u.SecurityStamp,
                Roles = db.UserRoles.Where(m => m.UserId == u.Id).Join(db.Roles, m => m.RoleId, r => r.Id, (_, r) => r.Name).ToList(),
                SessionAlive = db.Set<SignInSessionRecord>().Any(s => s.Id == sessionId && s.UserId == u.Id && s.ExpiresAtUtc > now),
            })
            .FirstOrDefaultAsync(ct);
        return row is null ? null : new UserStanding(row.IsDisabled, row.SecurityStamp, row.Roles.OfType<string>().ToHashSet(), row.SessionAlive);
    }
}

/// <summary>How a signed-in principal compares with its user's current standing.</summary>
public enum SessionVerdict
{
    Valid,
    /// <summary>The user has a role the principal lacks: nothing to refuse, the principal is refreshed quietly.</summary>
    RolesAdded,
    /// <summary>The principal holds a role the user no longer has.</summary>
    RolesRemoved,
    AccountDisabled,
    /// <summary>The sign-in no longer exists: signed out (here or in another window) or expired.</summary>
    SignedOut,
    /// <summary>The password or e-mail changed since this sign-in (the security stamp moved).</summary>
    CredentialsChanged,
}

public static class SessionJudge
{
    public static SessionVerdict Judge(ClaimsPrincipal principal, UserStanding? standing, IdentityOptions? options = null)
    {
        var claims = (options ?? new IdentityOptions()).ClaimsIdentity;
        if (standing is null || standing.Disabled) return SessionVerdict.AccountDisabled;
        if (!standing.SessionAlive) return SessionVerdict.SignedOut;
        if (principal.FindFirstValue(claims.SecurityStampClaimType) != standing.SecurityStamp) return SessionVerdict.CredentialsChanged;
        var held = principal.FindAll(claims.RoleClaimType).Select(c => c.Value).ToHashSet();
        if (!held.IsSubsetOf(standing.Roles)) return SessionVerdict.RolesRemoved;
        return standing.Roles.IsSubsetOf(held) ? SessionVerdict.Valid : SessionVerdict.RolesAdded;
    }

    /// <summary>The verdicts after which the principal may act (at once, or with refreshed roles).</summary>
    public static bool Admits(this SessionVerdict verdict) => verdict is SessionVerdict.Valid or SessionVerdict.RolesAdded;
}
