using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Inbox;

/// <summary>An API caller's <c>Idempotency-Key</c> as stored on the appeal it made: <c>api:</c>, a hash of the key and a
/// hash of the request, so that a retry of the same request finds its appeal, and the same key sent with a different
/// request is recognised (and refused with 422, as payment APIs do) instead of silently answering with the first appeal.
/// Hashing also keeps any key within the column's 200 characters.</summary>
public sealed record ApiIdempotency(string Stored, string KeyPrefix)
{
    public static ApiIdempotency Of(string key, AppealsApi.AppealRequest request)
    {
        var prefix = "api:" + Hash(key.Trim()) + ":";
        return new ApiIdempotency(prefix + Hash(JsonSerializer.Serialize(request)), prefix);
    }

    /// <summary>True when an appeal was made under this key from a different request.</summary>
    public async Task<bool> ConflictsAsync(IDbContextFactory<AppDbContext> dbFactory, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var stored = await db.Set<AppealRecord>().AsNoTracking()
            .Where(a => a.IdempotencyKey != null && a.IdempotencyKey.StartsWith(KeyPrefix))
            .Select(a => a.IdempotencyKey).FirstOrDefaultAsync(ct);
        return stored is not null && stored != Stored;
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..40];
}
