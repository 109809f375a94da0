using System.Security.Claims;
using GosZakup.Console.Infrastructure.Integrations;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Admin;

/// <summary>Issues and revokes the API keys of integrations (audited). The key is returned once, at issue.</summary>
public sealed class ApiKeyAdmin(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public async Task<IReadOnlyList<ApiKeyRecord>> ListAsync()
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Set<ApiKeyRecord>().AsNoTracking().OrderByDescending(k => k.CreatedAtUtc).ToListAsync();
    }

    /// <returns>The new key, to show once; null when the name is empty.</returns>
    public async Task<string?> IssueAsync(string? name, ClaimsPrincipal admin)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200) return null;
        var (key, record) = ApiKeyRecord.Issue(name, admin.Identity?.Name ?? "?", clock.GetUtcNow().UtcDateTime);
        await using var db = await dbFactory.CreateDbContextAsync();
        db.Set<ApiKeyRecord>().Add(record);
        await db.SaveChangesAsync();
        return key;
    }

    public async Task RevokeAsync(Guid id)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var key = await db.Set<ApiKeyRecord>().FirstOrDefaultAsync(k => k.Id == id);
        if (key is null || !key.IsActive) return;
        key.RevokedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
    }
}
