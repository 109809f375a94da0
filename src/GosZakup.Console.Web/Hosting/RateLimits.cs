using System.Threading.RateLimiting;

namespace GosZakup.Console.Web.Hosting;

/// <summary>The anonymous calendar API is rate-limited per client address (<c>RateLimits:PublicApiPerMinute</c>).</summary>
public static class RateLimits
{
    public const string PublicApi = "public-api";

    public static IServiceCollection AddConsoleRateLimits(this IServiceCollection services) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(PublicApi, context =>
            {
                var perMinute = context.RequestServices.GetRequiredService<IConfiguration>().GetValue("RateLimits:PublicApiPerMinute", 120);
                return RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) });
            });
        });
}
