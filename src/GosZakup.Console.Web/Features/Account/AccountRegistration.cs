namespace GosZakup.Console.Web.Features.Account;

/// <summary>What the Account feature adds to the host: sign-in and its protections.</summary>
[UsesFeatures(typeof(Home.HomeRegistration))]
public static class AccountRegistration
{
    /// <summary>The sign-in handler with its throttle (settings under <c>SignIn:Throttle</c>) and device cookie.</summary>
    public static IServiceCollection AddAccount(this IServiceCollection services, IConfiguration config)
    {
        var defaults = SignInThrottle.Settings.Default;
        var section = config.GetSection("SignIn:Throttle");
        services.AddSingleton(new SignInThrottle.Settings(
            section.GetValue("FreeFailuresPerClient", defaults.FreeFailuresPerClient),
            section.GetValue("FreeFailuresPerAccount", defaults.FreeFailuresPerAccount),
            section.GetValue("FirstDelay", defaults.FirstDelay),
            section.GetValue("MaxClientDelay", defaults.MaxClientDelay),
            section.GetValue("MaxAccountDelay", defaults.MaxAccountDelay),
            section.GetValue("Memory", defaults.Memory)));
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<DeviceCookie>();
        services.AddScoped<LoginHandler>();
        return services;
    }
}
