using Bunit;
using GosZakup.Console.Web.Components.Layout;

namespace GosZakup.Console.Web.Tests;

public class NavMenuTests : ConsoleTestContext
{
    private string[] VisibleLinksFor(params string[] roles)
    {
        AddAuthorization().SetAuthorized("someone@test.kz").SetRoles(roles);
        return Render<NavMenu>().FindAll("a").Select(a => a.GetAttribute("href")!).ToArray();
    }

    [Fact]
    public void An_operator_sees_the_contact_centre_work_and_nothing_of_administration()
    {
        Assert.Equal(["/", "/my-work", "/inbox", "/journal", "/incidents", "/procurements", "/planned-works", "/acts", "/verify", "/announcements",
            "/calendar"], VisibleLinksFor("Operator"));
    }

    [Fact]
    public void A_specialist_has_no_inbox_and_no_acts()
    {
        Assert.Equal(["/", "/my-work", "/journal", "/incidents", "/procurements", "/planned-works", "/verify", "/announcements", "/calendar"],
            VisibleLinksFor("Specialist"));
    }

    [Fact]
    public void A_manager_also_sees_the_dashboard_reports_and_audit_log()
    {
        Assert.Equal(["/", "/journal", "/incidents", "/procurements", "/planned-works", "/acts", "/verify", "/announcements", "/calendar", "/dashboard",
            "/reports", "/audit"], VisibleLinksFor("Manager"));
    }

    [Fact]
    public void The_Working_Group_reads_acts_announcements_and_reports_only()
    {
        Assert.Equal(["/", "/acts", "/verify", "/announcements", "/calendar", "/reports"], VisibleLinksFor("WorkingGroup"));
    }

    [Fact]
    public void An_admin_sees_users_jobs_and_the_audit_log_but_no_casework()
    {
        Assert.Equal(["/", "/verify", "/announcements", "/calendar", "/audit", "/admin/users", "/admin/api-keys", "/working-group", "/admin/mail-templates",
            "/admin/backups", "/hangfire"], VisibleLinksFor("Admin"));
    }

    [Fact]
    public void Someone_with_two_roles_sees_the_union()
    {
        var links = VisibleLinksFor("Operator", "Admin");

        Assert.Contains("/inbox", links);
        Assert.Contains("/admin/users", links);
        Assert.Equal(links.Length, links.Distinct().Count());
    }

    [Fact]
    public void A_user_without_roles_sees_no_links()
    {
        Assert.Empty(VisibleLinksFor());
    }
}
