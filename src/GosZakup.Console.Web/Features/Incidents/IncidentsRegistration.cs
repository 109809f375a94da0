namespace GosZakup.Console.Web.Features.Incidents;

/// <summary>What the Incidents feature adds to the host: services, endpoints, recurring jobs and demo data.</summary>
[UsesFeatures(typeof(Inbox.InboxRegistration), typeof(MailTemplates.MailTemplatesRegistration), typeof(Procurements.ProcurementsRegistration),
    typeof(SavedViews.SavedViewsRegistration), typeof(WorkingGroup.WorkingGroupRegistration))]
public static class IncidentsRegistration
{
    public static IServiceCollection AddIncidents(this IServiceCollection services) => services
        .AddSingleton<IncidentNotifier>()
        .AddScoped<IncidentCommands>()
        .AddScoped<IncidentNotices>()
        .AddScoped<IncidentQuery>()
        .AddScoped<IncidentList>()
        .AddScoped<IncidentRecords>()
        .AddScoped<TimelineWording>()
        .AddScoped<DemoIncidents>();

    public static IEndpointRouteBuilder MapIncidentEndpoints(this IEndpointRouteBuilder app) => app.MapIncidentFiles();

    /// <summary>Development only: incidents in every state, after the demo users and appeals.</summary>
    public static Task SeedDemoAsync(IServiceProvider services, CancellationToken ct) => services.GetRequiredService<DemoIncidents>().SeedAsync(ct);
}
