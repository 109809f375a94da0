namespace GosZakup.Console.Web.Features.SecurityReturns;

/// <summary>What the return of application security (R2 §18-§20) adds to the host.</summary>
[UsesFeatures(typeof(Incidents.IncidentsRegistration))]
public static class SecurityReturnsRegistration
{
    public static IServiceCollection AddSecurityReturns(this IServiceCollection services) => services
        .AddScoped<SecurityReturnTracking>()
        .AddScoped<SecurityReturnValidator>()
        .AddScoped<SecurityReturnCommands>()
        .AddScoped<SecurityReturnQuery>();

    public static IEndpointRouteBuilder MapSecurityReturnEndpoints(this IEndpointRouteBuilder app) => app.MapSecurityReturnF3();
}
