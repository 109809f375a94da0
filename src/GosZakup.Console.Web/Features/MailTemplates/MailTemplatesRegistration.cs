namespace GosZakup.Console.Web.Features.MailTemplates;

/// <summary>What the MailTemplates feature adds to the host: services, endpoints, recurring jobs and demo data.</summary>
public static class MailTemplatesRegistration
{
    public static IServiceCollection AddMailTemplates(this IServiceCollection services) => services.AddScoped<MailTemplateAdmin>();

    public static IEndpointRouteBuilder MapMailTemplateEndpoints(this IEndpointRouteBuilder app) => app;

    /// <summary>Development only: the demo data of this feature, after the demo users and appeals.</summary>
    public static Task SeedDemoAsync(IServiceProvider services, CancellationToken ct) => Task.CompletedTask;
}
