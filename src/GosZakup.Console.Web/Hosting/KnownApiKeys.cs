using GosZakup.Console.Infrastructure.Integrations;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Hosting;

/// <summary>The hashes of the API keys in force, so the rate limiter can give a real key its own limit and put an
/// invented one under its client address's limit, without a query per request. Read from the store at most every
/// 30 seconds (in the background, keeping the last set meanwhile); a key the API filter has just accepted is added
/// at once. A revoked key keeps its own limit for up to 30 seconds; the filter refuses it at once all the same.</summary>
public sealed class KnownApiKeys(IServiceScopeFactory scopes, IConfiguration config, IWebHostEnvironment env, TimeProvider clock, ILogger<KnownApiKeys> log)
{
    private static readonly TimeSpan Fresh = TimeSpan.FromSeconds(30);
    private volatile HashSet<string> hashes = [];
    private long loadedAtTicks = long.MinValue;
    private int loading;

    public bool IsKnown(string hash)
    {
        var first = Interlocked.Read(ref loadedAtTicks) == long.MinValue;
        if (clock.GetUtcNow().UtcTicks - Interlocked.Read(ref loadedAtTicks) > Fresh.Ticks && Interlocked.Exchange(ref loading, 1) == 0)
        {
            var load = Task.Run(LoadAsync);
            if (first) load.Wait(TimeSpan.FromSeconds(5));
        }
        return hashes.Contains(hash);
    }

    /// <summary>A key the store has just confirmed.</summary>
    public void Remember(string hash)
    {
        if (hashes.Contains(hash)) return;
        hashes = [.. hashes, hash];
    }

    private async Task LoadAsync()
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>();
            await using var db = await factory.CreateDbContextAsync();
            var fresh = (await db.Set<ApiKeyRecord>().AsNoTracking().Where(k => k.RevokedAtUtc == null).Select(k => k.Hash).ToListAsync())
                .ToHashSet(StringComparer.Ordinal);
            if (env.IsDevelopment() && config["Integrations:DevApiKey"] is { Length: > 0 } devKey) fresh.Add(ApiKeyRecord.HashOf(devKey));
            hashes = fresh;
            Interlocked.Exchange(ref loadedAtTicks, clock.GetUtcNow().UtcTicks);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            log.LogWarning(e, "Rate limits: the API keys could not be read; the last known set stays in force");
        }
        finally
        {
            Interlocked.Exchange(ref loading, 0);
        }
    }
}
