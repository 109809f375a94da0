using System.Security.Claims;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Infrastructure.Identity;
using GosZakup.Console.Web.Localization;
using GosZakup.Console.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace GosZakup.Console.Web.Features.Account;

/// <summary>Signs a user in with e-mail and password and explains any refusal in the user's language. Guessing is
/// slowed by <see cref="SignInThrottle"/>, not answered by locking the account; every wrong e-mail or password gets the
/// same words after the same work (a password hash is checked for an unknown e-mail too), so the page does not tell
/// which e-mails have accounts. Only someone who knows the password hears that the account is disabled or locked.</summary>
public sealed class LoginHandler(
    SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users, SignInThrottle throttle, DeviceCookie device,
    IStringLocalizer<SharedResource> l, TimeProvider clock)
{
    /// <summary>A hash to check an unknown e-mail's password against, so that it costs what a known one does.</summary>
    private static string? unknownAccountHash;

    /// <summary><paramref name="Landing"/>: where to go when the sign-in asked for no page.</summary>
    public sealed record Outcome(bool Succeeded, string? Error = null, string? Culture = null, string Landing = "/");

    public async Task<Outcome> SignInAsync(string? email, string? password, HttpContext http)
    {
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
            return new(false, l["Login.Required"]);

        var account = email.Trim();
        var attempt = throttle.Begin(ClientOf(http), account, device.Knows(http, account));
        if (!attempt.Allowed)
            return new(false, l["Login.Wait", attempt.WaitSeconds]);

        var outcome = new Outcome(false, l["Login.Invalid"]);
        try
        {
            outcome = await CheckAsync(account, password);
            if (outcome.Succeeded) device.Remember(http, account);
            return outcome;
        }
        finally
        {
            throttle.Finish(attempt, outcome.Succeeded);
        }
    }

    /// <summary>The client's address (the proxy's <c>X-Forwarded-For</c> when <c>ForwardedHeaders:Enabled</c>).</summary>
    public static string ClientOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private async Task<Outcome> CheckAsync(string email, string password)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            unknownAccountHash ??= users.PasswordHasher.HashPassword(new ApplicationUser(), Guid.NewGuid().ToString());
            users.PasswordHasher.VerifyHashedPassword(new ApplicationUser(), unknownAccountHash, password);
            return new(false, l["Login.Invalid"]);
        }
        if (!await users.CheckPasswordAsync(user, password))
            return new(false, l["Login.Invalid"]);
        if (user.IsDisabled)
            return new(false, l["Login.Disabled"]);
        if (await users.IsLockedOutAsync(user))
            return new(false, l["Login.LockedOut", LockedUntil(user)]);
        if (!await signIn.CanSignInAsync(user))
            return new(false, l["Login.Invalid"]);

        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "pwd")]);
        return new(true, Culture: Cultures.IsSupported(user.Culture) ? user.Culture : null,
            Landing: Home.RoleHomes.LandingFor([.. await users.GetRolesAsync(user)]));
    }

    private string LockedUntil(ApplicationUser user)
    {
        var end = user.LockoutEnd ?? clock.GetUtcNow();
        return end.Year > 9000 ? "—" : AstanaTime.FromInstant(end).ToString("dd.MM.yyyy HH:mm", null);
    }
}
