namespace GosZakup.Console.Web.Features.Complaints;

/// <summary>What the Working Group's complaints (R2 §30-§31) add to the host: registration, the answer, its PDF, demo data.</summary>
[UsesFeatures(typeof(Inbox.InboxRegistration), typeof(Incidents.IncidentsRegistration))]
public static class ComplaintsRegistration
{
    public static IServiceCollection AddComplaints(this IServiceCollection services) => services
        .AddScoped<ComplaintValidator>()
        .AddScoped<ComplaintCommands>()
        .AddScoped<ComplaintQuery>();

    public static IEndpointRouteBuilder MapComplaintEndpoints(this IEndpointRouteBuilder app) => app.MapComplaintFiles();

    /// <summary>Development only: after the Working Group directory and the demo incidents.</summary>
    public static Task SeedDemoAsync(IServiceProvider services, CancellationToken ct) => DemoComplaints.SeedAsync(services, ct);
}
