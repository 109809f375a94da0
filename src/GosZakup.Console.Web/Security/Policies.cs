using System.Security.Claims;
using GosZakup.Console.Domain.Announcements;
using GosZakup.Console.Domain.Staff;
using Microsoft.AspNetCore.Authorization;

namespace GosZakup.Console.Web.Security;

/// <summary>Every page and endpoint names one of these policies; each policy is the set of roles it admits.
/// Navigation shows a link only when its policy admits the user, from the same table.</summary>
public static class Policies
{
    public const string SignedIn = nameof(SignedIn);
    public const string Intake = nameof(Intake);
    public const string Journal = nameof(Journal);
    public const string Incidents = nameof(Incidents);
    public const string Procurements = nameof(Procurements);
    public const string Acts = nameof(Acts);
    public const string Announcements = nameof(Announcements);
    public const string Calendar = nameof(Calendar);
    public const string Dashboard = nameof(Dashboard);
    public const string Reports = nameof(Reports);
    public const string Audit = nameof(Audit);
    public const string Admin = nameof(Admin);
    public const string MyWork = nameof(MyWork);
    public const string Publish = nameof(Publish);
    public const string WorkingGroupDirectory = nameof(WorkingGroupDirectory);
    public const string ApproveExtensions = nameof(ApproveExtensions);
    public const string WorksPlans = nameof(WorksPlans);
    public const string Approvals = nameof(Approvals);
    public const string SecurityReturnLetters = nameof(SecurityReturnLetters);

    private static readonly string[] Desk = [StaffRole.Operator, StaffRole.Specialist, StaffRole.Supervisor, StaffRole.Manager];

    public static IReadOnlyDictionary<string, string[]> Roles { get; } = new Dictionary<string, string[]>
    {
        [SignedIn] = [.. StaffRole.All],
        [Intake] = [StaffRole.Operator],
        [Journal] = Desk,
        [Incidents] = Desk,
        [Procurements] = Desk,
        [Acts] = [StaffRole.Operator, StaffRole.Supervisor, StaffRole.Manager, StaffRole.WorkingGroup],
        [Announcements] = [.. StaffRole.All],
        [Calendar] = [.. StaffRole.All],
        [Dashboard] = [StaffRole.Manager, StaffRole.Supervisor],
        [Reports] = [StaffRole.Manager, StaffRole.Supervisor, StaffRole.WorkingGroup],
        [Audit] = [StaffRole.Admin, StaffRole.Manager],
        [Admin] = [StaffRole.Admin],
        [MyWork] = [StaffRole.Operator, StaffRole.Specialist, StaffRole.Supervisor],
        [Publish] = [.. AnnouncementUpdateLifecycle.Drafters],
        [WorkingGroupDirectory] = [StaffRole.Admin, StaffRole.Supervisor],
        [ApproveExtensions] = [StaffRole.Supervisor],
        [WorksPlans] = Desk,
        // The approval queue: who signs Acts, approves extension orders and owes the Owner's reports and complaint answers.
        [Approvals] = [StaffRole.Supervisor],
        // Form F3 carries the supplier's bank account: the desk that writes the letter and its managers, not the Working Group.
        [SecurityReturnLetters] = [StaffRole.Operator, StaffRole.Supervisor, StaffRole.Manager],
    };

    public static bool Allows(string policy, ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && Roles[policy].Any(user.IsInRole);

    public static void AddConsolePolicies(this AuthorizationOptions options)
    {
        foreach (var (policy, roles) in Roles)
            options.AddPolicy(policy, p => p.RequireAuthenticatedUser().RequireRole(roles));
        // Anything that forgets to name a policy is closed to anonymous users, not open.
        options.FallbackPolicy = options.GetPolicy(SignedIn);
    }
}
