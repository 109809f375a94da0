namespace GosZakup.Console.Web.Features.Announcements;

/// <summary>What the Announcements feature adds to the host: services, endpoints, recurring jobs and demo data.</summary>
public static class AnnouncementsRegistration
{
    public static IServiceCollection AddAnnouncements(this IServiceCollection services) => services
        .AddSingleton<AnnouncementNotifier>()
        .AddScoped<AnnouncementValidator>()
        .AddScoped<AnnouncementService>()
        .AddScoped<AnnouncementQuery>();

    public static IEndpointRouteBuilder MapAnnouncementEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapAnnouncementsApi();
        return app;
    }

    /// <summary>Development only: the demo data of this feature, after the demo users and appeals.</summary>
    public static Task SeedDemoAsync(IServiceProvider services, CancellationToken ct) =>
        DemoAnnouncements.SeedAsync(services, ct);
}
