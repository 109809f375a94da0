using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Inbox;

/// <summary>An appeal waiting in the Inbox with its R2 §7 clock.</summary>
public sealed record InboxRow(AppealRecord Appeal, DateTime? Warn50AtUtc, DateTime? Warn80AtUtc)
{
    /// <summary>Past the R2 §7 registration limit.</summary>
    public bool IsBreached(DateTime nowUtc) => Appeal.RegistrationDueAtUtc is { } due && due < nowUtc;

    public static int BreachedCount(IEnumerable<InboxRow> rows, DateTime nowUtc) => rows.Count(r => r.IsBreached(nowUtc));
}

/// <summary>Appeals not yet registered, most urgent first (internal target, else legal limit).</summary>
public sealed class InboxQuery(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<IReadOnlyList<InboxRow>> WaitingAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var appeals = await db.Set<AppealRecord>().AsNoTracking().Where(a => a.RegisteredAtUtc == null).ToListAsync(ct);
        var ids = appeals.Select(a => a.Id.ToString()).ToList();
        var clocks = await db.Obligations.AsNoTracking()
            .Where(o => o.SubjectType == "Appeal" && o.Code == ObligationCatalogue.Register.Code && ids.Contains(o.SubjectId))
            .ToDictionaryAsync(o => o.SubjectId, ct);
        return appeals
            .OrderBy(a => a.RegistrationTargetAtUtc ?? a.RegistrationDueAtUtc ?? DateTime.MaxValue)
            .ThenBy(a => a.ReceivedAtUtc)
            .Select(a => clocks.TryGetValue(a.Id.ToString(), out var clock)
                ? new InboxRow(a, clock.Warn50AtUtc, clock.Warn80AtUtc)
                : new InboxRow(a, null, null))
            .ToList();
    }
}

/// <summary>The Inbox's views: the appeals the user took, those nobody took, those within 10 minutes of the R2 §7 limit or past it.</summary>
public static class InboxViews
{
    public static IReadOnlyList<string> BuiltIns { get; } = [SavedViews.BuiltInViews.All, SavedViews.BuiltInViews.Mine, SavedViews.BuiltInViews.Unassigned, SavedViews.BuiltInViews.Breaching];

    public static bool Matches(InboxRow row, string? view, string? me, DateTime nowUtc) => view switch
    {
        SavedViews.BuiltInViews.Mine => me is not null && row.Appeal.TakenById == me,
        SavedViews.BuiltInViews.Unassigned => row.Appeal.TakenById is null,
        SavedViews.BuiltInViews.Breaching => row.Appeal.RegistrationDueAtUtc is { } due && due <= nowUtc + SavedViews.BuiltInViews.BreachingWithin,
        _ => true,
    };
}
