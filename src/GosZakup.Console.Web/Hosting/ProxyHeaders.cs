using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace GosZakup.Console.Web.Hosting;

/// <summary><c>ForwardedHeaders:Enabled</c>: trust <c>X-Forwarded-For/Proto</c> from the reverse proxy, first in the
/// pipeline, so the client's address and HTTPS are known to everything after (rate limits, Secure cookies, redirects).
/// Only proxies on loopback are trusted unless <c>ForwardedHeaders:KnownProxies</c> (addresses) or
/// <c>ForwardedHeaders:KnownNetworks</c> (CIDR, e.g. <c>10.0.0.0/24</c>) name the proxy: a header from anyone else is ignored.</summary>
public static class ProxyHeaders
{
    public static WebApplication UseTrustedProxyHeaders(this WebApplication app)
    {
        var config = app.Configuration;
        if (!config.GetValue("ForwardedHeaders:Enabled", false)) return app;
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        foreach (var proxy in Listed(config, "ForwardedHeaders:KnownProxies"))
            options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address) ? address
                : throw new InvalidOperationException($"ForwardedHeaders:KnownProxies has '{proxy}', which is not an IP address."));
        foreach (var network in Listed(config, "ForwardedHeaders:KnownNetworks"))
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed) ? parsed
                : throw new InvalidOperationException($"ForwardedHeaders:KnownNetworks has '{network}', which is not a network in CIDR form (10.0.0.0/24)."));
        app.UseForwardedHeaders(options);
        return app;
    }

    private static IEnumerable<string> Listed(IConfiguration config, string key) =>
        (config.GetSection(key).Get<string[]>() ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim());
}
