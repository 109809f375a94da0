using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Infrastructure.Obligations;

/// <summary>One deadline a recomputation moved: which obligation, and its legal limit before and after.</summary>
public sealed record MovedDeadline(Guid Id, string Code, string Clause, string SubjectType, string SubjectId, DateTime? OldDueUtc, DateTime? NewDueUtc);

/// <summary>After a calendar edit: recompute the open obligations computed on another calendar version. An
/// explicit action (never automatic), saved in one transaction and audited row by row; met, waived and
/// closed obligations keep the deadlines they had.</summary>
public static class ObligationRecompute
{
    public static async Task<IReadOnlyList<MovedDeadline>> RecomputeOpenAsync(
        AppDbContext db, WorkingCalendar calendar, ObligationSettings settings, CancellationToken ct = default)
    {
        var open = await db.Obligations.Where(o => o.MetAtUtc == null && !o.Waived && o.CalendarVersion != calendar.Version).ToListAsync(ct);
        var moved = new List<MovedDeadline>();
        foreach (var record in open)
        {
            var definition = ObligationCatalogue.All.FirstOrDefault(d => d.Code == record.Code && d.Clause == record.Clause);
            if (definition is null) continue;
            var before = record.DueAtUtc;
            record.Apply(ObligationPlanner.Plan(definition, record.TriggerEvent(), calendar, settings));
            if (before != record.DueAtUtc)
                moved.Add(new MovedDeadline(record.Id, record.Code, record.Clause, record.SubjectType, record.SubjectId, before, record.DueAtUtc));
        }
        await db.SaveChangesAsync(ct);
        return moved;
    }
}
