using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Infrastructure.Identity;
using GosZakup.Console.Web.Localization;
using GosZakup.Console.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace GosZakup.Console.Web.Features.Account;

/// <summary>Signs a user in with e-mail and password and explains any refusal in the user's language.
/// Five wrong passwords lock the account (Identity lockout).</summary>
public sealed class LoginHandler(
    SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users, IOptions<IdentityOptions> identity,
    IStringLocalizer<SharedResource> l, TimeProvider clock)
{
    /// <summary><paramref name="Landing"/>: where to go when the sign-in asked for no page.</summary>
    public sealed record Outcome(bool Succeeded, string? Error = null, string? Culture = null, string Landing = "/");

    public async Task<Outcome> SignInAsync(string? email, string? password)
    {
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
            return new(false, l["Login.Required"]);

        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
            return new(false, l["Login.Invalid"]);

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
            return new(true, Culture: Cultures.IsSupported(user.Culture) ? user.Culture : null,
                Landing: Home.RoleHomes.LandingFor([.. await users.GetRolesAsync(user)]));
        if (result.IsLockedOut)
            return new(false, l["Login.LockedOut", LockedUntil(user)]);
        // Say "disabled" only to someone who knows the password; others just see a wrong password.
        if (result.IsNotAllowed && user.IsDisabled && await users.CheckPasswordAsync(user, password))
            return new(false, l["Login.Disabled"]);

        var left = identity.Value.Lockout.MaxFailedAccessAttempts - await users.GetAccessFailedCountAsync(user);
        return new(false, $"{l["Login.Invalid"]} {l["Login.AttemptsLeft", left]}");
    }

    private string LockedUntil(ApplicationUser user)
    {
        var end = user.LockoutEnd ?? clock.GetUtcNow();
        return end.Year > 9000 ? "—" : AstanaTime.FromInstant(end).ToString("dd.MM.yyyy HH:mm", null);
    }
}
