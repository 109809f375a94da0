namespace GosZakup.Console.Web.Hosting;

/// <summary>The host's own defences: cookie-signing keys encrypted at rest (<see cref="CookieKeys"/>), cookies marked
/// Secure whenever the request came over HTTPS (directly or, with <c>ForwardedHeaders:Enabled</c>, through the proxy),
/// no <c>Server</c> header, and a database whose write lock is held reported degraded and answered "busy"
/// (<see cref="DatabaseBusy"/>).</summary>
public static class HostDefences
{
    public static WebApplicationBuilder AddHostDefences(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        services.AddCookieKeys(builder.Configuration, builder.Environment);
        // The forwarded headers run first in the pipeline, so behind a TLS proxy the request counts as HTTPS here.
        services.ConfigureApplicationCookie(cookie => cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.AddAntiforgery(antiforgery => antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.AddHealthChecks()
            .AddCheck<DatabaseWritesHealthCheck>("database-writes")
            .AddCheck<CookieKeysHealthCheck>("cookie-keys");
        return builder;
    }

    /// <summary>Inside the status pages and the request localization, so the "busy" answer reads in the user's language.</summary>
    public static WebApplication UseHostDefences(this WebApplication app)
    {
        CookieKeys.WarnWhenUnencrypted(app.Services);
        WarnWhenDemoSettingsAreIgnored(app);
        app.UseDatabaseBusyAnswers();
        return app;
    }

    private static void WarnWhenDemoSettingsAreIgnored(WebApplication app)
    {
        if (app.Environment.IsDevelopment()) return;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HostDefences).FullName!);
        foreach (var key in new[] { "Demo:Seed", "Signing:DemoAuthority" })
            if (app.Configuration.GetValue(key, false))
                logger.LogWarning("{Setting} is true, but the {Environment} environment ignores it: demo users, data and the demo CA exist only in Development",
                    key, app.Environment.EnvironmentName);
    }
}
