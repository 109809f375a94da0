using GosZakup.Console.Web.Security;
using Microsoft.AspNetCore.Localization;

namespace GosZakup.Console.Web.Localization;

/// <summary><c>GET /culture/set?culture=kk-KZ&amp;returnUrl=/</c>: remembers the UI language in a cookie and
/// goes back. The signed-in user's choice is also saved to their profile by the language menu, and the
/// cookie is set from the profile at every sign-in.</summary>
public static class CultureEndpoints
{
    public static void MapCultureEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/culture/set", (string? culture, string? returnUrl, HttpContext http, TimeProvider clock) =>
        {
            if (Cultures.IsSupported(culture))
                WriteCookie(http.Response, culture!, clock);
            return Results.LocalRedirect(LocalUrl.OrHome(returnUrl));
        }).AllowAnonymous().ExcludeFromDescription();
    }

    public static void WriteCookie(HttpResponse response, string culture, TimeProvider clock) =>
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions
            {
                Expires = clock.GetUtcNow().AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax,
                // HTTPS directly or through a proxy (forwarded headers run first): the cookie never travels in clear after.
                Secure = response.HttpContext.Request.IsHttps
            });

}
