using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Infrastructure.Obligations;

/// <summary>One deadline a recomputation moved: which obligation, its calendar and its legal limit before and after.</summary>
public sealed record MovedDeadline(Guid Id, string Code, string Clause, string SubjectType, string SubjectId,
    DateTime? OldDueUtc, DateTime? NewDueUtc, CalendarName OldCalendar, CalendarName NewCalendar);

/// <summary>After a calendar edit, or a change of the calendar a duty counts on: recompute the open obligations whose
/// stored calendar (name or version) is not the one their catalogue entry now counts on. An explicit action (never
/// automatic), saved in one transaction and audited row by row; met, waived and closed obligations keep the
/// deadlines they had.</summary>
public static class ObligationRecompute
{
    public static async Task<IReadOnlyList<MovedDeadline>> RecomputeOpenAsync(
        AppDbContext db, WorkingCalendars calendars, ObligationSettings settings, CancellationToken ct = default)
    {
        var open = await db.Obligations.Where(o => o.MetAtUtc == null && !o.Waived).ToListAsync(ct);
        var moved = new List<MovedDeadline>();
        foreach (var record in open)
        {
            if (ObligationCatalogue.Find(record.Code, record.TriggerSeverity) is not { } definition) continue;
            var name = settings.CalendarFor(definition);
            if (record.Calendar == name && record.CalendarVersion == calendars.For(name).Version) continue;
            var (before, beforeCalendar) = (record.DueAtUtc, record.Calendar);
            record.Apply(ObligationPlanner.Plan(definition, record.TriggerEvent(), calendars, settings));
            if (before != record.DueAtUtc || beforeCalendar != record.Calendar)
                moved.Add(new MovedDeadline(record.Id, record.Code, record.Clause, record.SubjectType, record.SubjectId,
                    before, record.DueAtUtc, beforeCalendar, record.Calendar));
        }
        await db.SaveChangesAsync(ct);
        return moved;
    }
}
