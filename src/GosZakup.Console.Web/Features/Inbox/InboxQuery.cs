using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Inbox;

/// <summary>An appeal waiting in the Inbox with its R2 §7 clock.</summary>
public sealed record InboxRow(AppealRecord Appeal, DateTime? Warn50AtUtc, DateTime? Warn80AtUtc)
{
    /// <summary>Past the R2 §7 registration limit.</summary>
    public bool IsBreached(DateTime nowUtc) => Appeal.RegistrationDueAtUtc is { } due && due < nowUtc;
}

/// <summary>One page of a view of the Inbox and how many appeals the view holds.</summary>
public sealed record WaitingPage(IReadOnlyList<InboxRow> Rows, int Total);

/// <summary>How many appeals wait, how many are past their R2 §7 limit, and how many came by each channel.</summary>
public sealed record InboxCounts(int Waiting, int Breached, IReadOnlyDictionary<AppealChannel, int> ByChannel)
{
    public static InboxCounts None { get; } = new(0, 0, new Dictionary<AppealChannel, int>());
}

/// <summary>Appeals not yet registered, most urgent first (internal target, else legal limit), read a page at a time
/// and counted by the database: after a flood of tens of thousands the Inbox still opens at once.</summary>
public sealed class InboxQuery(IDbContextFactory<AppDbContext> dbFactory)
{
    public const int PageSize = 50;

    public async Task<WaitingPage> PageAsync(string? view, string? me, DateTime nowUtc, int skip, int take, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var waiting = InboxViews.Filter(Waiting(db), view, me, nowUtc);
        var total = await waiting.CountAsync(ct);
        if (take <= 0 || total == 0) return new WaitingPage([], total);
        var appeals = await waiting
            .OrderBy(a => a.RegistrationTargetAtUtc == null && a.RegistrationDueAtUtc == null)
            .ThenBy(a => a.RegistrationTargetAtUtc ?? a.RegistrationDueAtUtc)
            .ThenBy(a => a.ReceivedAtUtc).ThenBy(a => a.Id)
            .Skip(Math.Max(0, skip)).Take(take).ToListAsync(ct);
        var ids = appeals.Select(a => a.Id.ToString()).ToList();
        var clocks = await db.Obligations.AsNoTracking()
            .OfType(ObligationSubjectType.Appeal).Where(o => o.Code == ObligationCatalogue.Register.Code && ids.Contains(o.SubjectId))
            .Select(o => new { o.SubjectId, o.Warn50AtUtc, o.Warn80AtUtc })
            .ToDictionaryAsync(o => o.SubjectId, ct);
        var rows = appeals.Select(a => clocks.TryGetValue(a.Id.ToString(), out var clock)
            ? new InboxRow(a, clock.Warn50AtUtc, clock.Warn80AtUtc)
            : new InboxRow(a, null, null));
        return new WaitingPage([.. rows], total);
    }

    public async Task<int> CountAsync(string? view, string? me, DateTime nowUtc, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await InboxViews.Filter(Waiting(db), view, me, nowUtc).CountAsync(ct);
    }

    public async Task<InboxCounts> CountsAsync(DateTime nowUtc, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var byChannel = await Waiting(db).GroupBy(a => a.Channel).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var breached = await Waiting(db).CountAsync(a => a.RegistrationDueAtUtc != null && a.RegistrationDueAtUtc < nowUtc, ct);
        return new InboxCounts(byChannel.Values.Sum(), breached, byChannel);
    }

    private static IQueryable<AppealRecord> Waiting(AppDbContext db) => db.Set<AppealRecord>().AsNoTracking().Where(a => a.RegisteredAtUtc == null);
}

/// <summary>The Inbox's views: the appeals the user took, those nobody took, those within 10 minutes of the R2 §7 limit or past it.</summary>
public static class InboxViews
{
    public static IReadOnlyList<string> BuiltIns { get; } =
        [SavedViews.BuiltInViews.All, SavedViews.BuiltInViews.Mine, SavedViews.BuiltInViews.Unassigned, SavedViews.BuiltInViews.Breaching];

    public static IQueryable<AppealRecord> Filter(IQueryable<AppealRecord> appeals, string? view, string? me, DateTime nowUtc)
    {
        var soon = nowUtc + SavedViews.BuiltInViews.BreachingWithin;
        return view switch
        {
            SavedViews.BuiltInViews.Mine => me is null ? appeals.Where(_ => false) : appeals.Where(a => a.TakenById == me),
            SavedViews.BuiltInViews.Unassigned => appeals.Where(a => a.TakenById == null),
            SavedViews.BuiltInViews.Breaching => appeals.Where(a => a.RegistrationDueAtUtc != null && a.RegistrationDueAtUtc <= soon),
            _ => appeals,
        };
    }
}
