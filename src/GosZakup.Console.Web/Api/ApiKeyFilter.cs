using GosZakup.Console.Infrastructure.Integrations;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GosZakup.Console.Web.Api;

/// <summary>The integrations' "role": a valid, unrevoked API key in the <c>X-Api-Key</c> header (keys are
/// stored hashed). In Development the key of <c>Integrations:DevApiKey</c> is accepted too.</summary>
public sealed class ApiKeyFilter(IDbContextFactory<AppDbContext> dbFactory, IConfiguration config, IWebHostEnvironment env, IStringLocalizer<SharedResource> l,
    Hosting.KnownApiKeys known)
    : IEndpointFilter
{
    public const string Header = "X-Api-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var key = context.HttpContext.Request.Headers[Header].ToString();
        if (string.IsNullOrWhiteSpace(key))
            return TypedResults.Problem(l["Api.KeyMissing", Header], statusCode: StatusCodes.Status401Unauthorized);
        if (!await IsValidAsync(key.Trim(), context.HttpContext.RequestAborted))
            return TypedResults.Problem(l["Api.KeyInvalid"], statusCode: StatusCodes.Status401Unauthorized);
        return await next(context);
    }

    private async Task<bool> IsValidAsync(string key, CancellationToken ct)
    {
        if (env.IsDevelopment() && config["Integrations:DevApiKey"] is { Length: > 0 } devKey && key == devKey) return true;
        var hash = ApiKeyRecord.HashOf(key);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Set<ApiKeyRecord>().AnyAsync(k => k.Hash == hash && k.RevokedAtUtc == null, ct)) return false;
        known.Remember(hash); // from its next request on, the key has its own rate limit
        return true;
    }
}
