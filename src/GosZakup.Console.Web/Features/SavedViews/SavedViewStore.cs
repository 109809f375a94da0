using System.Security.Claims;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.SavedViews;
using GosZakup.Console.Web.Resources;
using GosZakup.Console.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GosZakup.Console.Web.Features.SavedViews;

/// <summary>The lists that have saved views.</summary>
public static class ViewLists
{
    public const string Inbox = "inbox";
    public const string Incidents = "incidents";
    public const string Journal = "journal";
}

/// <summary>Each user's own named views of a list, kept on the server so they follow the user to any desk. Saving under a
/// name the user already has replaces that view; a user deletes only their own.</summary>
public sealed class SavedViewStore(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public const int MaxName = 60;
    public const int MaxQuery = 1000;

    public async Task<IReadOnlyList<SavedViewRecord>> ListAsync(ClaimsPrincipal user, string list, CancellationToken ct = default)
    {
        if (user.UserId() is not { } me) return [];
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<SavedViewRecord>().AsNoTracking().Where(v => v.UserId == me && v.List == list).OrderBy(v => v.CreatedAtUtc).ToListAsync(ct);
    }

    /// <summary>Saves the list's current filter (<paramref name="query"/>, without "?") as a named view; the error in words, or null.</summary>
    public async Task<(SavedViewRecord? View, string? Error)> SaveAsync(ClaimsPrincipal user, string list, string? name, string query,
        CancellationToken ct = default)
    {
        if (user.UserId() is not { } me) return (null, l["SavedViews.Error.SignedOut"]);
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0) return (null, l["SavedViews.Error.NameRequired"]);
        if (trimmed.Length > MaxName) return (null, l["Appeal.TooLong", MaxName]);
        if (query.Length > MaxQuery) return (null, l["SavedViews.Error.TooLong"]);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var view = await db.Set<SavedViewRecord>().SingleOrDefaultAsync(v => v.UserId == me && v.List == list && v.Name == trimmed, ct);
        if (view is null)
            db.Add(view = new SavedViewRecord { UserId = me, List = list, Name = trimmed, CreatedAtUtc = clock.GetUtcNow().UtcDateTime });
        view.Query = query.TrimStart('?');
        await db.SaveChangesAsync(ct);
        return (view, null);
    }

    public async Task<bool> DeleteAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default)
    {
        if (user.UserId() is not { } me) return false;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<SavedViewRecord>().Where(v => v.Id == id && v.UserId == me).ExecuteDeleteAsync(ct) > 0;
    }
}
