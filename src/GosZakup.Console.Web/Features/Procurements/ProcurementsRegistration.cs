namespace GosZakup.Console.Web.Features.Procurements;

/// <summary>What the Procurements feature adds to the host: services, endpoints, recurring jobs and demo data.</summary>
[UsesFeatures(typeof(LongJobs.LongJobsRegistration))]
public static class ProcurementsRegistration
{
    public static IServiceCollection AddProcurements(this IServiceCollection services) => services
        .AddScoped<ImportRequests>()
        .AddScoped<ProcurementImport>()
        .AddKeyedScoped<LongJobs.ILongJob, ProcurementImportJob>(ProcurementImportJob.Kind)
        .AddScoped<ProcurementQuery>()
        .AddScoped<DemoProcurements>();

    /// <summary>No endpoints yet: the page uploads through the circuit.</summary>
    public static IEndpointRouteBuilder MapProcurementEndpoints(this IEndpointRouteBuilder app) => app;

    /// <summary>Development only: the demo procurements, before the demo appeals that name them.</summary>
    public static Task SeedDemoAsync(IServiceProvider services, CancellationToken ct) => services.GetRequiredService<DemoProcurements>().SeedAsync(ct);
}
