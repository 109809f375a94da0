using System.Globalization;
using System.Threading.RateLimiting;
using GosZakup.Console.Infrastructure.Integrations;
using GosZakup.Console.Web.Api;
using GosZakup.Console.Web.Resources;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace GosZakup.Console.Web.Hosting;

/// <summary>Rate limits, per minute, from <c>RateLimits:*</c>: the anonymous calendar API per client address
/// (<c>PublicApiPerMinute</c>); the appeal API (<c>AppealsPerMinute</c>) and the Alertmanager webhook
/// (<c>AlertmanagerPerMinute</c>) per API key in force, and per client address for a request without one or with a
/// key not in force, so inventing keys does not escape the limit and a flood on one key leaves the others alone.
/// A refused request gets 429, a <c>Retry-After</c> header and a problem-details body.</summary>
public static class RateLimits
{
    public const string PublicApi = "public-api";
    public const string Appeals = "appeals";
    public const string Alertmanager = "alertmanager";

    public static IServiceCollection AddConsoleRateLimits(this IServiceCollection services) =>
        services.AddSingleton<KnownApiKeys>().AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RefuseAsync;
            options.AddPolicy(PublicApi, context => PerMinute(context, "PublicApiPerMinute", 120, AddressOf(context)));
            options.AddPolicy(Appeals, context => PerMinute(context, "AppealsPerMinute", 60, CallerOf(context)));
            options.AddPolicy(Alertmanager, context => PerMinute(context, "AlertmanagerPerMinute", 60, CallerOf(context)));
        });

    private static RateLimitPartition<string> PerMinute(HttpContext context, string setting, int fallback, string partition)
    {
        var perMinute = context.RequestServices.GetRequiredService<IConfiguration>().GetValue($"RateLimits:{setting}", fallback);
        return RateLimitPartition.GetFixedWindowLimiter($"{setting}:{partition}",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, perMinute), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
    }

    /// <summary>The API key's hash (never the key itself) when the key is in force, else the client address.</summary>
    private static string CallerOf(HttpContext context)
    {
        if (context.Request.Headers[ApiKeyFilter.Header].ToString().Trim() is not { Length: > 0 } key) return AddressOf(context);
        var hash = ApiKeyRecord.HashOf(key);
        return context.RequestServices.GetRequiredService<KnownApiKeys>().IsKnown(hash) ? "key:" + hash : AddressOf(context);
    }

    private static string AddressOf(HttpContext context) => "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    private static ValueTask RefuseAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var http = rejected.HttpContext;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var l = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        return new ValueTask(TypedResults.Problem(l["Api.TooManyRequests", seconds], statusCode: StatusCodes.Status429TooManyRequests,
            title: l["Api.TooManyRequestsTitle"]).ExecuteAsync(http));
    }
}
