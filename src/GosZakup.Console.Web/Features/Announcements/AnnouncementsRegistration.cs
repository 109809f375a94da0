using GosZakup.Console.Domain.Incidents;
namespace GosZakup.Console.Web.Features.Announcements;

/// <summary>What the Announcements feature adds to the host: services, endpoints, recurring jobs and demo data.</summary>
[UsesFeatures(typeof(Incidents.IncidentsRegistration), typeof(MailTemplates.MailTemplatesRegistration))]
public static class AnnouncementsRegistration
{
    public static IServiceCollection AddAnnouncements(this IServiceCollection services) => services
        .AddSingleton<AnnouncementNotifier>()
        .AddScoped<AnnouncementValidator>()
        .AddScoped<AnnouncementService>()
        .AddScoped<AnnouncementQuery>()
        // R2 §15-§16: the announcement of a medium or high failure, drafted and published from its incident.
        .AddSingleton(new Incidents.IncidentPanel(30, typeof(IncidentAnnouncementPanel), i => i.Severity is Severity.Medium or Severity.High,
            i => new Dictionary<string, object?> { ["IncidentId"] = i.Id }));

    public static IEndpointRouteBuilder MapAnnouncementEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapAnnouncementsApi();
        return app;
    }

    /// <summary>Development only: the demo data of this feature, after the demo users and appeals.</summary>
    public static Task SeedDemoAsync(IServiceProvider services, CancellationToken ct) =>
        DemoAnnouncements.SeedAsync(services, ct);
}
