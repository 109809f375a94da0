using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Web.Features.Acts.Publication;
using GosZakup.Console.Web.Features.Acts.Signing;
using GosZakup.Console.Web.Hosting;

namespace GosZakup.Console.Web.Features.Acts;

/// <summary>What the Acts feature adds to the host (R2 §17): drafting, signing, verification and publication, the Act's
/// PDFs, and in Development the demo certification authority and demo Acts.</summary>
[UsesFeatures(typeof(Announcements.AnnouncementsRegistration), typeof(Extensions.ExtensionsRegistration), typeof(Incidents.IncidentsRegistration),
    typeof(SecurityReturns.SecurityReturnsRegistration))]
public static class ActsRegistration
{
    public static IServiceCollection AddActs(this IServiceCollection services, IConfiguration config, string dataFolder)
    {
        var acts = config.GetSection("Acts").Get<ActsOptions>() ?? new ActsOptions();
        if (string.IsNullOrWhiteSpace(acts.PublicBaseUrl)) acts.PublicBaseUrl = PublicSite.From(config).BaseUrl ?? "";
        var signing = config.GetSection("Signing").Get<SigningOptions>() ?? new SigningOptions();
        return services
            .AddSingleOperator(config)
            .AddSingleton(acts)
            .AddSingleton(signing)
            .AddSingleton(sp =>
                new SignatureTrust(DemoOnlyInDevelopment(signing, sp.GetService<IHostEnvironment>()), Path.Combine(dataFolder, "certificates"),
                    sp.GetRequiredService<TimeProvider>()))
            .AddSingleton<ActPdf>()
            .AddScoped<ActValidator>()
            .AddScoped<ActDrafting>()
            .AddScoped<ActSigning>()
            .AddScoped<ActVerification>()
            .AddScoped<ActPublishing>()
            .AddScoped<ActQuery>()
            // R2 §17: the Acts of a classified failure that was not refuted.
            .AddSingleton(new Incidents.IncidentPanel(40, typeof(IncidentActsPanel),
                i => i.Severity is not null && i.Status != IncidentStatus.Refuted, i => new Dictionary<string, object?> { ["IncidentId"] = i.Id }));
    }

    /// <summary>The demo CA issues private keys anyone can read from the data folder: outside Development it is neither
    /// created nor trusted, whatever <c>Signing:DemoAuthority</c> says (a host without an environment, as in tests, keeps the setting).</summary>
    internal static SigningOptions DemoOnlyInDevelopment(SigningOptions signing, IHostEnvironment? env) =>
        !signing.DemoAuthority || env is null || env.IsDevelopment()
            ? signing
            : new SigningOptions { TrustedRoots = signing.TrustedRoots, Revoked = signing.Revoked, DemoAuthority = false };

    public static void MapActEndpoints(IEndpointRouteBuilder app) => app.MapActEndpoints();

    /// <summary>Development only: after the demo incidents.</summary>
    public static Task SeedDemoAsync(IServiceProvider services, string usersFile, CancellationToken ct) =>
        DemoActs.SeedAsync(services, DemoActs.IssueCertificates(services, usersFile), ct);
}
