namespace GosZakup.Console.Web.Features.Approvals;

/// <summary>What the Supervisor's approval queue adds to the host.</summary>
[UsesFeatures(typeof(Incidents.IncidentsRegistration), typeof(Reminders.RemindersRegistration))]
public static class ApprovalsRegistration
{
    public static IServiceCollection AddApprovals(this IServiceCollection services) => services
        .AddScoped<ApprovalQueue>();
}
