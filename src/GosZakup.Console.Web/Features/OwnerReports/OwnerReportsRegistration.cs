namespace GosZakup.Console.Web.Features.OwnerReports;

/// <summary>What the report to the Owner and the Working Group (R2 §15.9, §16.9) adds to the host.</summary>
[UsesFeatures(typeof(Extensions.ExtensionsRegistration), typeof(Inbox.InboxRegistration), typeof(Incidents.IncidentsRegistration))]
public static class OwnerReportsRegistration
{
    public static IServiceCollection AddOwnerReports(this IServiceCollection services) => services
        .AddMemoryCache()
        .AddSingleton<OwnerReportPreviews>()
        .AddScoped<OwnerReportQuery>()
        .AddScoped<OwnerReportCommands>()
        .AddSingleton(new Incidents.IncidentPanel(50, typeof(OwnerReportPanel), _ => true, i => new Dictionary<string, object?> { ["Incident"] = i }));

    public static IEndpointRouteBuilder MapOwnerReportEndpoints(this IEndpointRouteBuilder app) => app.MapOwnerReportFiles();

    /// <summary>Development only: after the demo Acts and complaints.</summary>
    public static Task SeedDemoAsync(IServiceProvider services, CancellationToken ct) => DemoOwnerReports.SeedAsync(services, ct);
}
