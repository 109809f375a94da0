using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Journal;

/// <summary>
/// The Journal's status filter: whether a status is common, and its count when it is the whole filter. The status is the
/// incident's, so counting the appeals of a common status joins every one of them (0.44 s for 1,000,000, whatever the index).
/// When few incidents have any other status, the count is the Journal's rows less the appeals of those other statuses
/// (counted from the status index, and exact).
/// </summary>
internal sealed class JournalStatusCount
{
    /// <summary>Up to this many incidents of other statuses, a common status is counted as the rest of the Journal.</summary>
    public const int ComplementLimit = 100_000;

    private static readonly JournalStatusCount None = new(null, false);
    private readonly string? status;

    private JournalStatusCount(string? status, bool common) => (this.status, Common) = (status, common);

    /// <summary>More than <see cref="JournalSearch.DriveLimit"/> incidents have the status.</summary>
    public bool Common { get; }

    public static async Task<JournalStatusCount> PrepareAsync(AppDbContext db, string? status, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(status)) return None;
        if (IncidentStatusName.Parse(status) is not { } named) return None;
        var hits = await db.Set<IncidentRecord>().Where(i => i.Status == named).Take(JournalSearch.DriveLimit + 1).CountAsync(ct);
        return new JournalStatusCount(status, hits > JournalSearch.DriveLimit);
    }

    /// <summary>The exact count when a common status is the whole filter and few incidents have another status; otherwise
    /// null (count the query).</summary>
    public async Task<int?> CountAloneAsync(AppDbContext db, JournalFilter filter, CancellationToken ct)
    {
        if (!Common || filter != new JournalFilter(Status: status, SortBy: filter.SortBy, Descending: filter.Descending)) return null;
        // "< or >" rather than "<>", so both sides are ranges of the status index.
        // The column holds the status's name, so the database compares names here, whatever the enum's order.
        var named = IncidentStatusName.Parse(status);
        var others = db.Set<IncidentRecord>().Where(i => i.Status < named || i.Status > named);
        if (await others.Take(ComplementLimit + 1).CountAsync(ct) > ComplementLimit) return null;
        var registered = await db.Set<AppealRecord>().CountAsync(a => a.IncidentId != null, ct);
        var otherIds = others.Select(i => (Guid?)i.Id);
        var ofOthers = await db.Set<AppealRecord>().CountAsync(a => otherIds.Contains(a.IncidentId), ct);
        return registered - ofOthers;
    }
}
