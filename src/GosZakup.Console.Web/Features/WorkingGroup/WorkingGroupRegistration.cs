using GosZakup.Console.Web.Hosting;
namespace GosZakup.Console.Web.Features.WorkingGroup;

/// <summary>What the WorkingGroup feature adds to the host: services, endpoints, recurring jobs and demo data.</summary>
[UsesFeatures(typeof(Inbox.InboxRegistration))]
public static class WorkingGroupRegistration
{
    public static IServiceCollection AddWorkingGroup(this IServiceCollection services) =>
        services.AddScoped<WorkingGroupDirectory>().AddScoped<DemoWorkingGroup>();

    public static IEndpointRouteBuilder MapWorkingGroupEndpoints(this IEndpointRouteBuilder app) => app;

    /// <summary>Development only: the demo data of this feature, after the demo users and appeals.</summary>
    public static Task SeedDemoAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<DemoWorkingGroup>().SeedAsync(DemoData.PathOf(services.GetRequiredService<IHostEnvironment>(), "working-group.json"), ct);
}
