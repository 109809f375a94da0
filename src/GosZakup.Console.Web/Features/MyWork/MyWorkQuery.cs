using System.Security.Claims;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Features.Reminders;
using GosZakup.Console.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.MyWork;

/// <summary>One open duty on the board, with what it is about and whether it is the user's by assignment or
/// by role.</summary>
public sealed record MyWorkRow(ObligationRecord Obligation, DutySubject Subject, bool Assigned)
{
    /// <summary>What the countdown counts to: the internal target while it lies ahead, else the legal limit.</summary>
    public DateTime? EndAtUtc(DateTime nowUtc) =>
        Obligation.TargetAtUtc is { } target && nowUtc <= target ? target : Obligation.DueAtUtc;
}

/// <summary>The signed-in user's open duties across appeals and incidents, the least time left first: those
/// whose subject they hold (assigned incident, taken appeal) and the unheld duties of their roles, the same
/// owners the reminders go to. Untimed duties come last.</summary>
public sealed class MyWorkQuery(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<IReadOnlyList<MyWorkRow>> ForAsync(ClaimsPrincipal user, DateTime nowUtc, CancellationToken ct = default)
    {
        if (user.UserId() is not { } me) return [];
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var open = await db.Obligations.AsNoTracking().Where(o => o.MetAtUtc == null && !o.Waived).ToListAsync(ct);
        if (open.Count == 0) return [];
        var staff = await StaffDirectory.LoadAsync(db, ct);
        var subjects = await DutySubjects.LoadAsync(db, open, ct);
        return open
            .Select(o => (Obligation: o, Subject: subjects[(o.SubjectType, o.SubjectId)]))
            .Where(x => staff.Owns(me, x.Obligation, x.Subject))
            .Select(x => new MyWorkRow(x.Obligation, x.Subject, x.Subject.AssigneeId == me))
            .OrderBy(r => r.EndAtUtc(nowUtc) ?? DateTime.MaxValue)
            .ThenBy(r => r.Obligation.TriggeredAtUtc)
            .ToList();
    }
}
