using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace GosZakup.Console.Web.Security.Sessions;

/// <summary>Judges every cookie-authenticated request by the user's current standing (in place of Identity's
/// once-a-minute security-stamp check): a disabled account, an ended sign-in or a changed password is refused at once,
/// and changed roles replace the principal before the request is authorised.</summary>
public static class SessionCookieValidator
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is not { } principal) return;
        var services = context.HttpContext.RequestServices;
        var standing = await services.GetRequiredService<UserStandingReader>().ReadAsync(principal, context.HttpContext.RequestAborted);
        var verdict = SessionJudge.Judge(principal, standing, services.GetRequiredService<IOptions<IdentityOptions>>().Value);
        if (verdict == SessionVerdict.Valid) return;
        if (verdict.Admits() || verdict == SessionVerdict.RolesRemoved)
        {
            if (await services.GetRequiredService<FreshPrincipal>().ForAsync(principal) is { } fresh)
            {
                context.ReplacePrincipal(fresh);
                context.ShouldRenew = true;
                return;
            }
        }
        context.RejectPrincipal();
        // Deletes this sign-in's row and the cookie, as Identity's own validator does.
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}
