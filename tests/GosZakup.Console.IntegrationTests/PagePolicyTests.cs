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

    [Fact]
    public void The_approval_queue_page_admits_the_roles_that_sign_Acts_and_approve_extension_orders()
    {
        var policy = typeof(Web.Features.Approvals.ApprovalsPage).GetCustomAttribute<AuthorizeAttribute>()!.Policy!;

        Assert.Equal(Policies.Approvals, policy);
        Assert.All(Domain.Acts.ActLifecycle.Signers, role => Assert.Contains(role, Policies.Roles[policy]));
        Assert.All(Policies.Roles[Policies.ApproveExtensions], role => Assert.Contains(role, Policies.Roles[policy]));
    }
}
