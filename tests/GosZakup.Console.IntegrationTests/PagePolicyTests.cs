using System.Reflection;
using GosZakup.Console.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;

namespace GosZakup.Console.IntegrationTests;

public class PagePolicyTests
{
    private static IEnumerable<Type> Pages() =>
        typeof(Program).Assembly.GetTypes().Where(t => t.GetCustomAttributes<RouteAttribute>().Any());

    [Fact]
    public void Every_page_names_a_known_policy_or_is_explicitly_anonymous()
    {
        var undeclared = Pages()
            .Where(page => page.GetCustomAttribute<AllowAnonymousAttribute>() is null)
            .Where(page => page.GetCustomAttribute<AuthorizeAttribute>() is not { Policy: { } policy } || !Policies.Roles.ContainsKey(policy))
            .Select(page => page.Name)
            .ToList();

        Assert.True(undeclared.Count == 0, "pages without a known policy: " + string.Join(", ", undeclared));
    }

    [Fact]
    public void Only_sign_in_status_public_announcement_and_Act_verification_pages_are_anonymous()
    {
        var anonymous = Pages().Where(page => page.GetCustomAttribute<AllowAnonymousAttribute>() is not null).Select(p => p.Name).Order();

        Assert.Equal(["AnnouncementsPage", "LoginPage", "NotFoundPage", "StatusPage", "VerifyActPage", "VerifyUploadPage"], anonymous);
    }
}
