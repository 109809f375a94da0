using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;

namespace GosZakup.Console.Web.Security.Sessions;

public sealed class SessionSecurityOptions
{
    /// <summary>How often an open circuit nobody clicks in is checked (<c>Sessions:RecheckSeconds</c>, default 5).</summary>
    public TimeSpan Recheck { get; set; } = TimeSpan.FromSeconds(5);
}

/// <summary>Server-side sign-in sessions and the checks that make every request and every click act on the user's
/// current standing (issue 17: a disabled user kept acting in an open tab; a cookie copied before sign-out still worked).</summary>
public static class SessionSecurity
{
    /// <summary>The sign-in's sliding lifetime, as before: ten hours after the last request.</summary>
    public static readonly TimeSpan SlidingExpiry = TimeSpan.FromHours(10);

    /// <summary>Call after AddIdentity: it replaces the cookie's validator and gives it the session store.</summary>
    public static IServiceCollection AddSessionSecurity(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<SessionSecurityOptions>(o => o.Recheck = TimeSpan.FromSeconds(Math.Max(1, config.GetValue("Sessions:RecheckSeconds", 5))));
        services.AddSingleton<SessionTicketStore>();
        services.AddScoped<UserStandingReader>();
        services.AddScoped<FreshPrincipal>();
        services.AddScoped<SessionEnding>();
        services.AddScoped<CircuitSessionGate>();
        services.AddScoped<CircuitHandler>(sp => sp.GetRequiredService<CircuitSessionGate>());
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<SessionTicketStore>((cookie, store) =>
            {
                cookie.SessionStore = store;
                cookie.ExpireTimeSpan = SlidingExpiry;
                cookie.SlidingExpiration = true;
                cookie.Events.OnValidatePrincipal = SessionCookieValidator.ValidateAsync;
            });
        return services;
    }
}
