namespace GosZakup.Console.Web.Features.Admin;

/// <summary>What the administration pages add to the host: users, API keys and each user's preferences.</summary>
public static class AdminRegistration
{
    public static IServiceCollection AddAdmin(this IServiceCollection services) => services
        .AddScoped<UserAdminService>()
        .AddScoped<ApiKeyAdmin>()
        .AddScoped<UserPreferences>();
}
