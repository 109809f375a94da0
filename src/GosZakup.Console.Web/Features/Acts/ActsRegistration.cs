namespace GosZakup.Console.Web.Features.Acts;

/// <summary>What the Acts feature adds to the host (R2 §17-§20): drafting so far; signing, publication and the security
/// return come next, with their endpoints and jobs.</summary>
public static class ActsRegistration
{
    public static IServiceCollection AddActs(this IServiceCollection services) => services
        .AddScoped<ActValidator>()
        .AddScoped<ActDrafting>()
        .AddScoped<ActQuery>();
}
