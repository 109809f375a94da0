using System.Security.Claims;
using GosZakup.Console.Infrastructure.Notifications;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Reminders;

/// <summary>The signed-in user's own notifications: never anyone else's, whatever id is asked for.</summary>
public sealed class NotificationService(IDbContextFactory<AppDbContext> dbFactory, NotificationCenter center, TimeProvider clock)
{
    public const int Latest = 20;

    /// <summary>How many notifications are read to make the bell's entries (an incident's dozen reminders make one).</summary>
    public const int Window = 200;

    /// <summary>Unread bell entries: each incident with unread notifications counts once, any other unread
    /// notification once each.</summary>
    public async Task<int> UnreadCountAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (UserId(user) is not { } me) return 0;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var unread = db.Set<NotificationRecord>().Where(n => n.UserId == me && n.ReadAtUtc == null);
        var incidents = await unread.Where(n => n.Link != null && n.Link.StartsWith(NotificationGroup.IncidentPrefix))
            .Select(n => n.Link).Distinct().CountAsync(ct);
        var others = await unread.CountAsync(n => n.Link == null || !n.Link.StartsWith(NotificationGroup.IncidentPrefix), ct);
        return incidents + others;
    }

    /// <summary>The latest bell entries, newest first, read or not: one per incident, one per other notification.</summary>
    public async Task<IReadOnlyList<NotificationGroup>> LatestAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (UserId(user) is not { } me) return [];
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var recent = await db.Set<NotificationRecord>().AsNoTracking().Where(n => n.UserId == me)
            .OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id).Take(Window).ToListAsync(ct);
        return [.. NotificationGroup.Of(recent).Take(Latest)];
    }

    /// <summary>Marks a bell entry read: every unread notification of its incident, or the single notification.</summary>
    /// <returns>How many were unread.</returns>
    public async Task<int> MarkGroupReadAsync(ClaimsPrincipal user, NotificationGroup group, CancellationToken ct = default)
    {
        if (group.IncidentNumber is null) return await MarkReadAsync(user, group.Latest.Id, ct) ? 1 : 0;
        if (UserId(user) is not { } me) return 0;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var link = group.Latest.Link;
        var unread = await db.Set<NotificationRecord>().Where(n => n.UserId == me && n.ReadAtUtc == null && n.Link == link).ToListAsync(ct);
        return await MarkAsync(db, me, unread, ct);
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
        return await MarkAsync(db, me, unread, ct);
    }

    private async Task<int> MarkAsync(AppDbContext db, string me, List<NotificationRecord> unread, CancellationToken ct)
    {
        if (unread.Count == 0) return 0;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var notification in unread) notification.ReadAtUtc = now;
        await db.SaveChangesAsync(ct);
        center.Notify([me]);
        return unread.Count;
    }

    private static string? UserId(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.UserId() : null;
}
