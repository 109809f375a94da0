namespace GosZakup.Console.Web.Features.Home;

/// <summary>What the home page adds to the host: the counts of each role's queues.</summary>
[UsesFeatures(typeof(Approvals.ApprovalsRegistration), typeof(Inbox.InboxRegistration), typeof(MyWork.MyWorkRegistration))]
public static class HomeRegistration
{
    public static IServiceCollection AddHome(this IServiceCollection services) => services
        .AddScoped<RoleQueueCounts>();
}
