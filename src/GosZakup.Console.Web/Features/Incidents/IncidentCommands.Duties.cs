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
        var subject = ObligationSubject.Incident(incidentId);
        var skipped = skip is null ? [] : await db.Obligations.Of(subject).Where(skip).Select(o => o.Code).ToListAsync(ct);
        return ObligationJournal.Plan(db, subject, happened, ObligationPlanner.Plan(happened, calendar, settings).Where(p => !skipped.Contains(p.Code)));
    }

    /// <summary>Meets the incident's open duties of <paramref name="code"/>, those saved and those only added to <paramref name="db"/> so far.</summary>
    public static Task MeetAsync(AppDbContext db, Guid incidentId, string code, Instant at, string by, string note, CancellationToken ct) =>
        ObligationJournal.MeetAsync(db, ObligationSubject.Incident(incidentId), code, at.ToDateTimeUtc(), by, note, ct);

    /// <summary>Waives the incident's open duties whose every definition <paramref name="notDue"/> says is no longer owed.</summary>
    private static Task WaiveAsync(AppDbContext db, Guid incidentId, Func<ObligationDefinition, bool> notDue, string reason, string by, CancellationToken ct) =>
        ObligationJournal.WaiveAsync(db, ObligationSubject.Incident(incidentId), duty =>
        {
            var definitions = ObligationCatalogue.All.Where(d => d.Code == duty.Code).ToList();
            return definitions.Count > 0 && definitions.All(notDue);
        }, reason, by, ct);
}
