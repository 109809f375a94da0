using GosZakup.Console.Domain.Announcements;
using GosZakup.Console.Infrastructure.Announcements;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Announcements;

/// <summary>An announcement with the number of its incident, if any, and its updates, newest first.</summary>
public sealed record AnnouncementThread(AnnouncementRecord Announcement, string? IncidentNumber, IReadOnlyList<AnnouncementUpdateRecord> Updates)
{
    public AnnouncementUpdateRecord? Draft => Updates.FirstOrDefault(u => u.State == UpdateState.Draft);

    public AnnouncementUpdateRecord? LatestPublished => Updates.FirstOrDefault(u => u.State == UpdateState.Published);
}

/// <summary>Reads announcements: every update for the staff who draft and publish, and only published updates
/// for the public page, the feed and the API.</summary>
public sealed class AnnouncementQuery(IDbContextFactory<AppDbContext> dbFactory)
{
    /// <summary>How many announcements the public page, the feed and the API show: the most recently updated.</summary>
    public const int PublicLimit = 100;

    /// <summary>Published updates only, of announcements published at least once, most recently updated first.</summary>
    public async Task<IReadOnlyList<AnnouncementThread>> PublishedAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var announcements = await db.Set<AnnouncementRecord>().AsNoTracking()
            .Where(a => a.LastPublishedAtUtc != null)
            .OrderByDescending(a => a.LastPublishedAtUtc).ThenByDescending(a => a.Id).Take(PublicLimit)
            .Include(a => a.Updates.Where(u => u.State == UpdateState.Published))
            .AsSplitQuery().ToListAsync(ct);
        return await ThreadsAsync(db, announcements, ct);
    }

    /// <summary>Every announcement with all its updates, drafts included, those with a draft or the latest change first.</summary>
    public async Task<IReadOnlyList<AnnouncementThread>> AllAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var announcements = await db.Set<AnnouncementRecord>().AsNoTracking().Include(a => a.Updates).AsSplitQuery().ToListAsync(ct);
        var threads = await ThreadsAsync(db, announcements, ct);
        return [.. threads.OrderByDescending(t => t.Draft is not null).ThenByDescending(t => t.Updates.Max(LatestChange))];
    }

    public async Task<IReadOnlyList<AnnouncementThread>> ForIncidentAsync(Guid incidentId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var announcements = await db.Set<AnnouncementRecord>().AsNoTracking().Where(a => a.IncidentId == incidentId)
            .Include(a => a.Updates).AsSplitQuery().ToListAsync(ct);
        return [.. (await ThreadsAsync(db, announcements, ct)).OrderByDescending(t => t.Announcement.CreatedAtUtc)];
    }

    private static async Task<IReadOnlyList<AnnouncementThread>> ThreadsAsync(AppDbContext db, List<AnnouncementRecord> announcements, CancellationToken ct)
    {
        var incidentIds = announcements.Where(a => a.IncidentId is not null).Select(a => a.IncidentId!.Value).Distinct().ToList();
        var numbers = incidentIds.Count == 0
            ? []
            : await db.Set<IncidentRecord>().AsNoTracking().Where(i => incidentIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Number, ct);
        return [.. announcements
            .Where(a => a.Updates.Count > 0)
            .Select(a => new AnnouncementThread(a, a.IncidentId is { } id ? numbers.GetValueOrDefault(id) : null, NewestFirst(a.Updates)))];
    }

    /// <summary>A draft on top (it is what comes next), then the published updates from the latest.</summary>
    private static List<AnnouncementUpdateRecord> NewestFirst(IEnumerable<AnnouncementUpdateRecord> updates) =>
        [.. updates.OrderByDescending(u => u.State == UpdateState.Draft).ThenByDescending(LatestChange).ThenByDescending(u => u.CreatedAtUtc)];

    private static DateTime LatestChange(AnnouncementUpdateRecord update) => update.PublishedAtUtc ?? update.CreatedAtUtc;
}
