namespace GosZakup.Console.Web.Features.Penalties;

/// <summary>What the penalties report (R2 §28) adds to the host: the contract parameters, the query and the export.</summary>
[UsesFeatures(typeof(Extensions.ExtensionsRegistration))]
public static class PenaltiesRegistration
{
    public static IServiceCollection AddPenalties(this IServiceCollection services, IConfiguration config) => services
        .AddSingleton(config.GetSection("Penalties").Get<PenaltyOptions>() ?? new PenaltyOptions())
        .AddScoped<PenaltyQuery>();

    public static IEndpointRouteBuilder MapPenaltyEndpoints(this IEndpointRouteBuilder app) => app.MapPenaltyExport();
}
