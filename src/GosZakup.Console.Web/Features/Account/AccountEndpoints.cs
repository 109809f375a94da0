using GosZakup.Console.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace GosZakup.Console.Web.Features.Account;

public static class AccountEndpoints
{
    /// <summary><c>POST /account/logout</c> (antiforgery-checked form post from the app bar).</summary>
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/logout", async (SignInManager<ApplicationUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/login");
        }).RequireAuthorization(Security.Policies.SignedIn).ExcludeFromDescription();
    }
}
