using Hangfire;

namespace GosZakup.Console.Web.Features.Extensions;

/// <summary>What the Extensions feature adds to the host: services, the portal's API, the sweep and demo data.</summary>
public static class ExtensionsRegistration
{
    public static IServiceCollection AddExtensions(this IServiceCollection services, IConfiguration config)
    {
        var options = new ExtensionOptions();
        config.GetSection("Extensions").Bind(options);
        return services
            .AddSingleton(options)
            .AddScoped<ExtensionTrigger>()
            .AddScoped<ExtensionPlanner>()
            .AddScoped<ExtensionApplier>()
            .AddScoped<ExtensionPublisher>()
            .AddScoped<ExtensionApproval>()
            .AddScoped<IncidentCircumstances>()
            .AddScoped<ForceMajeureNotices>()
            .AddScoped<ExtensionQuery>()
            .AddScoped<ExtensionJob>()
            .AddScoped<DemoExtensions>();
    }

    public static IEndpointRouteBuilder MapExtensionEndpoints(this IEndpointRouteBuilder app) => app.MapExtensionsApi();

    public static void ScheduleJobs(IRecurringJobManager jobs, IServiceProvider services) => ExtensionJob.Schedule(jobs);

    /// <summary>Development only: the demo incidents' extensions (see <see cref="DemoExtensions"/>).</summary>
    public static Task SeedDemoAsync(IServiceProvider services, CancellationToken ct) => services.GetRequiredService<DemoExtensions>().SeedAsync(ct);
}
