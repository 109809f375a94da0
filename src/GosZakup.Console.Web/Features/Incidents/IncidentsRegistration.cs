using Hangfire;

namespace GosZakup.Console.Web.Features.Incidents;

/// <summary>What the Incidents feature adds to the host: services, endpoints, recurring jobs and demo data.</summary>
public static class IncidentsRegistration
{
    public static IServiceCollection AddIncidents(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapIncidentEndpoints(this IEndpointRouteBuilder app) => app;

    public static void ScheduleJobs(IRecurringJobManager jobs, IServiceProvider services)
    {
    }

    /// <summary>Development only: the demo data of this feature, after the demo users and appeals.</summary>
    public static Task SeedDemoAsync(IServiceProvider services, CancellationToken ct) => Task.CompletedTask;
}
