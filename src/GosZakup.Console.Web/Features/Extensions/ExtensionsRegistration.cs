using GosZakup.Console.Domain.Incidents;
using Hangfire;

namespace GosZakup.Console.Web.Features.Extensions;

/// <summary>What the Extensions feature adds to the host: services, the portal's API, the sweep and demo data.</summary>
[UsesFeatures(typeof(Announcements.AnnouncementsRegistration), typeof(Incidents.IncidentsRegistration), typeof(MailTemplates.MailTemplatesRegistration),
    typeof(Procurements.ProcurementsRegistration))]
public static class ExtensionsRegistration
{
    public static IServiceCollection AddExtensions(this IServiceCollection services, IConfiguration config)
    {
        var options = new ExtensionOptions();
        config.GetSection("Extensions").Bind(options);
        return services
            .AddSingleton(options)
            .AddScoped<ExtensionTrigger>()
            .AddScoped<Incidents.IExtensionsDue>(sp => sp.GetRequiredService<ExtensionTrigger>())
            .AddSingleton(new Incidents.IncidentDecisionPreview(typeof(ExtensionPreview)))
            .AddSingleton(new Procurements.ProcurementPanel(10, typeof(ProcurementExtensions)))
            // R2 §14: the circumstances of a high-level failure; R2 §10: the extensions once the failure is decided.
            .AddSingleton(new Incidents.IncidentPanel(10, typeof(CircumstancesPanel),
                i => i.Severity == Severity.High && i.Status is IncidentStatus.Confirmed or IncidentStatus.Fixing or IncidentStatus.Fixed,
                i => new Dictionary<string, object?> { ["Incident"] = i }))
            .AddSingleton(new Incidents.IncidentPanel(20, typeof(ExtensionsPanel), i => i.DecidedAtUtc is not null,
                i => new Dictionary<string, object?>
                {
                    ["IncidentId"] = i.Id, ["IncidentNumber"] = i.Number, ["Due"] = i.ExtensionsDueAtUtc is not null,
                }))
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
