using System.Security.Claims;
using GosZakup.Console.Web.Security;
using MudBlazor;

namespace GosZakup.Console.Web.Components.Layout;

/// <summary>One link of the side navigation: where it goes, its label key, and the policy of the page
/// it opens (so the menu never offers a page that would refuse the user).
/// <paramref name="Badge"/> is a component that shows the link's live count, if it has one.</summary>
public sealed record NavItem(string Href, string LabelKey, string Icon, string Policy, NavSection Section, bool External = false, Type? Badge = null);

public enum NavSection
{
    Work,
    Oversight,
    Administration,
}

public static class NavCatalogue
{
    public static IReadOnlyList<NavItem> All { get; } =
    [
        new("/", "Nav.Home", Icons.Material.Outlined.Home, Policies.SignedIn, NavSection.Work),
        new("/my-work", "Nav.MyWork", Icons.Material.Outlined.Checklist, Policies.MyWork, NavSection.Work),
        new("/approvals", "Nav.Approvals", Icons.Material.Outlined.Approval, Policies.Approvals, NavSection.Work,
            Badge: typeof(Features.Approvals.ApprovalsBadge)),
        new("/inbox", "Nav.Inbox", Icons.Material.Outlined.MoveToInbox, Policies.Intake, NavSection.Work),
        new("/journal", "Nav.Journal", Icons.Material.Outlined.MenuBook, Policies.Journal, NavSection.Work),
        new("/incidents", "Nav.Incidents", Icons.Material.Outlined.ReportProblem, Policies.Incidents, NavSection.Work),
        new("/procurements", "Nav.Procurements", Icons.Material.Outlined.Gavel, Policies.Procurements, NavSection.Work),
        new("/planned-works", "Nav.PlannedWorks", Icons.Material.Outlined.Construction, Policies.WorksPlans, NavSection.Work),
        new("/acts", "Nav.Acts", Icons.Material.Outlined.Draw, Policies.Acts, NavSection.Work),
        new("/verify", "Nav.Verify", Icons.Material.Outlined.VerifiedUser, Policies.SignedIn, NavSection.Work),
        new("/announcements", "Nav.Announcements", Icons.Material.Outlined.Campaign, Policies.Announcements, NavSection.Work),
        new("/calendar", "Nav.Calendar", Icons.Material.Outlined.CalendarMonth, Policies.Calendar, NavSection.Work),
        new("/dashboard", "Nav.Dashboard", Icons.Material.Outlined.Speed, Policies.Dashboard, NavSection.Oversight),
        new("/reports", "Nav.Reports", Icons.Material.Outlined.Assessment, Policies.Reports, NavSection.Oversight),
        new("/audit", "Nav.Audit", Icons.Material.Outlined.FactCheck, Policies.Audit, NavSection.Oversight),
        new("/admin/users", "Nav.Users", Icons.Material.Outlined.ManageAccounts, Policies.Admin, NavSection.Administration),
        new("/admin/api-keys", "Nav.ApiKeys", Icons.Material.Outlined.Key, Policies.Admin, NavSection.Administration),
        new("/working-group", "Nav.WorkingGroup", Icons.Material.Outlined.Groups, Policies.WorkingGroupDirectory, NavSection.Administration),
        new("/admin/mail-templates", "Nav.MailTemplates", Icons.Material.Outlined.Email, Policies.Admin, NavSection.Administration),
        new("/admin/backups", "Nav.Backups", Icons.Material.Outlined.Backup, Policies.Admin, NavSection.Administration),
        new("/hangfire", "Nav.Jobs", Icons.Material.Outlined.Schedule, Policies.Admin, NavSection.Administration, External: true),
    ];

    public static IEnumerable<NavItem> VisibleTo(ClaimsPrincipal user) => All.Where(item => Policies.Allows(item.Policy, user));
}
