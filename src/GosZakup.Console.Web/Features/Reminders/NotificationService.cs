using System.Security.Claims;
using GosZakup.Console.Infrastructure.Notifications;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Reminders;

/// <summary>The signed-in user's own notifications: never anyone else's, whatever id is asked for.</summary>
public sealed class NotificationService(IDbContextFactory<AppDbContext> dbFactory, NotificationCenter center, TimeProvider clock)
{
    public const int Latest = 20;

    public async Task<int> UnreadCountAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (UserId(user) is not { } me) return 0;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<NotificationRecord>().CountAsync(n => n.UserId == me && n.ReadAtUtc == null, ct);
    }

    /// <summary>The latest notifications, newest first, read or not.</summary>
    public async Task<IReadOnlyList<NotificationRecord>> LatestAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (UserId(user) is not { } me) return [];
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<NotificationRecord>().AsNoTracking().Where(n => n.UserId == me)
            .OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id).Take(Latest).ToListAsync(ct);
    }

    /// <returns>False when the notification is not the user's (or does not exist).</returns>
    public async Task<bool> MarkReadAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default)
    {
        if (UserId(user) is not { } me) return false;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var notification = await db.Set<NotificationRecord>().FirstOrDefaultAsync(n => n.Id == id && n.UserId == me, ct);
        if (notification is null) return false;
        if (notification.ReadAtUtc is not null) return true;
        notification.ReadAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        center.Notify([me]);
        return true;
    }

    /// <returns>How many were unread.</returns>
    public async Task<int> MarkAllReadAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (UserId(user) is not { } me) return 0;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var unread = await db.Set<NotificationRecord>().Where(n => n.UserId == me && n.ReadAtUtc == null).ToListAsync(ct);
        if (unread.Count == 0) return 0;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var notification in unread) notification.ReadAtUtc = now;
        await db.SaveChangesAsync(ct);
        center.Notify([me]);
        return unread.Count;
    }

    private static string? UserId(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
}
