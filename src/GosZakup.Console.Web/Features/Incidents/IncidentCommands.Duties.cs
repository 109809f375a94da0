using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace GosZakup.Console.Web.Features.Incidents;

/// <summary>The incident's duties as its commands plan, meet and waive them, in the command's own transaction.</summary>
public sealed partial class IncidentCommands
{
    private Task PlanAsync(AppDbContext db, IncidentRecord incident, ObligationEvent happened, CancellationToken ct, bool onlyNew = false) =>
        PlanExceptAsync(db, incident.Id, happened, onlyNew ? _ => true : null, ct);

    /// <summary>Plans the event's duties whose code has no open duty on the incident (one met before may be due again).</summary>
    /// <returns>The duties added to <paramref name="db"/>, not saved yet.</returns>
    public Task<IReadOnlyList<ObligationRecord>> PlanUnlessOpenAsync(AppDbContext db, Guid incidentId, ObligationEvent happened, CancellationToken ct) =>
        PlanExceptAsync(db, incidentId, happened, o => o.MetAtUtc == null && !o.Waived, ct);

    private async Task<IReadOnlyList<ObligationRecord>> PlanExceptAsync(AppDbContext db, Guid incidentId, ObligationEvent happened,
        System.Linq.Expressions.Expression<Func<ObligationRecord, bool>>? skip, CancellationToken ct)
    {
        var calendar = await calendars.AllAsync(ct);
        var subject = incidentId.ToString();
        var skipped = skip is null ? [] : await db.Obligations.Where(o => o.SubjectType == "Incident" && o.SubjectId == subject).Where(skip).Select(o => o.Code).ToListAsync(ct);
        List<ObligationRecord> added = [.. ObligationPlanner.Plan(happened, calendar, settings).Where(p => !skipped.Contains(p.Code))
            .Select(plan => new ObligationRecord { SubjectType = "Incident", SubjectId = subject, Trigger = happened.Trigger, TriggerSeverity = happened.Severity }.Apply(plan))];
        db.Obligations.AddRange(added);
        return added;
    }

    /// <summary>Meets the incident's open duties of <paramref name="code"/>, those saved and those only added to <paramref name="db"/> so far.</summary>
    public static async Task MeetAsync(AppDbContext db, Guid incidentId, string code, Instant at, string by, string note, CancellationToken ct)
    {
        var subject = incidentId.ToString();
        var saved = await db.Obligations.Where(o => o.SubjectType == "Incident" && o.SubjectId == subject && o.Code == code && o.MetAtUtc == null && !o.Waived).ToListAsync(ct);
        var added = db.ChangeTracker.Entries<ObligationRecord>().Where(e => e.State == EntityState.Added).Select(e => e.Entity)
            .Where(o => o.SubjectType == "Incident" && o.SubjectId == subject && o.Code == code && o.IsOpen);
        foreach (var duty in saved.Union(added))
            (duty.MetAtUtc, duty.MetByName, duty.MetNote, duty.Version) = (at.ToDateTimeUtc(), by, note.Length > 500 ? note[..499] + "…" : note, Guid.NewGuid());
    }

    private static async Task WaiveAsync(AppDbContext db, Guid incidentId, Func<ObligationDefinition, bool> notDue, string reason, string by, CancellationToken ct)
    {
        var subject = incidentId.ToString();
        foreach (var duty in await db.Obligations.Where(o => o.SubjectType == "Incident" && o.SubjectId == subject && o.MetAtUtc == null && !o.Waived).ToListAsync(ct))
        {
            var definitions = ObligationCatalogue.All.Where(d => d.Code == duty.Code).ToList();
            if (definitions.Count == 0 || !definitions.All(notDue)) continue;
            (duty.Waived, duty.WaivedReason, duty.WaivedBy, duty.Version) = (true, reason.Trim(), by, Guid.NewGuid());
        }
    }
}
