using Hangfire;

namespace GosZakup.Console.Web.Features.PlannedWorks;

/// <summary>What the PlannedWorks feature adds to the host: the plan's services, the works-notice job and demo data.</summary>
[UsesFeatures(typeof(Announcements.AnnouncementsRegistration), typeof(Extensions.ExtensionsRegistration))]
public static class PlannedWorksRegistration
{
    public static IServiceCollection AddPlannedWorks(this IServiceCollection services) => services
        .AddScoped<WorksPlanQuery>()
        .AddScoped<WorksPlanCommands>()
        .AddScoped<WorksWindowCommands>()
        .AddScoped<WorksNoticeJob>()
        .AddScoped<DemoWorksPlan>();

    /// <summary>No endpoints: the page works through the circuit.</summary>
    public static IEndpointRouteBuilder MapPlannedWorksEndpoints(this IEndpointRouteBuilder app) => app;

    public static void ScheduleJobs(IRecurringJobManager jobs, IServiceProvider services) => WorksNoticeJob.Schedule(jobs);

    /// <summary>Development only: the demo plan, before the extension sweep that computes its windows' proposals.</summary>
    public static Task SeedDemoAsync(IServiceProvider services, CancellationToken ct) => services.GetRequiredService<DemoWorksPlan>().SeedAsync(ct);
}
