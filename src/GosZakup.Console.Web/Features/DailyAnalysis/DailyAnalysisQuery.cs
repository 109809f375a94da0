using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Calendar;
using GosZakup.Console.Infrastructure.Documents;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace GosZakup.Console.Web.Features.DailyAnalysis;

/// <summary>Builds a day's analysis (R2 §26) from the stored incidents and obligations. Incidents are shown as they
/// stood at the period's end, so a past day reads the same later; breached duties as they stand now.</summary>
public sealed class DailyAnalysisQuery(IDbContextFactory<AppDbContext> dbFactory, CalendarStore calendars, TimeProvider clock)
{
    public async Task<DailyAnalysisDocument> BuildAsync(DateOnly day, CancellationToken ct)
    {
        var calendar = await calendars.CurrentAsync(CalendarName.ContactCentre, ct);
        var (from, to) = DailyAnalysisDays.Period(calendar, LocalDate.FromDateOnly(day));
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        var incidents = await db.Set<IncidentRecord>().AsNoTracking()
            .Where(i => i.RegisteredAtUtc < to && (i.ClosedAtUtc == null || i.ClosedAtUtc >= from))
            .OrderBy(i => i.RegisteredAtUtc).ThenBy(i => i.Number)
            .ToListAsync(ct);
        var rows = incidents.Where(i => !EndedBefore(i, from)).Select(i => Row(i, to)).ToList();
        var breaches = await BreachesAsync(db, from, to, now, ct);
        return new DailyAnalysisDocument(day, from, to, now, rows, breaches);
    }

    /// <summary>A refuted incident nobody closed ended with its refutation (R2 §11).</summary>
    private static bool EndedBefore(IncidentRecord incident, DateTime from) =>
        incident.ClosedAtUtc is null && incident.Status == IncidentStatus.Refuted && incident.DecidedAtUtc < from;

    private static DailyIncidentRow Row(IncidentRecord incident, DateTime end)
    {
        DateTime? By(DateTime? at) => at < end ? at : null;
        var refuted = incident.DecidedAtUtc is not null && incident.Severity is null;
        var cause = incident.CauseCode is { } code ? FailureCauseCatalogue.Find(code) : null;
        var level = By(incident.DecidedAtUtc) is null ? null : incident.Severity;
        var measures = string.IsNullOrWhiteSpace(incident.FixMeasures) ? incident.ReproductionResult : incident.FixMeasures;
        return new DailyIncidentRow(incident.Number, incident.RegisteredAtUtc, By(incident.DecidedAtUtc), refuted, By(incident.FixedAtUtc),
            By(incident.ClosedAtUtc), level, cause, incident.IsOperatorRelated ?? cause?.IsOperatorRelated, measures, StatusAt(incident, end, refuted));
    }

    /// <summary>The status the incident had at <paramref name="end"/>, read from the times of its steps.</summary>
    public static IncidentStatus StatusAt(IncidentRecord incident, DateTime end, bool refuted) => incident switch
    {
        { ClosedAtUtc: { } closed } when closed < end => IncidentStatus.Closed,
        { FixedAtUtc: { } fixedAt } when fixedAt < end => IncidentStatus.Fixed,
        { FixStartedAtUtc: { } started } when started < end => IncidentStatus.Fixing,
        { DecidedAtUtc: { } decided } when decided < end => refuted ? IncidentStatus.Refuted : IncidentStatus.Confirmed,
        { AssignedAtUtc: { } assigned } when assigned < end => IncidentStatus.UnderAnalysis,
        _ => IncidentStatus.Registered,
    };

    /// <summary>Duties whose legal limit fell in the period and that were met after it or are still open past it.</summary>
    private static async Task<List<DailyBreachRow>> BreachesAsync(AppDbContext db, DateTime from, DateTime to, DateTime now, CancellationToken ct)
    {
        var breached = await db.Set<ObligationRecord>().AsNoTracking()
            .Where(o => o.DueAtUtc >= from && o.DueAtUtc < to).Where(ObligationBreaches.At(now))
            .OrderBy(o => o.DueAtUtc).ThenBy(o => o.Code)
            .ToListAsync(ct);
        var subjects = await SubjectNamesAsync(db, breached, ct);
        return [.. breached.Select(o => new DailyBreachRow(
            subjects.GetValueOrDefault((o.SubjectType, o.SubjectId), $"{o.SubjectType} {o.SubjectId}"), o.Code, o.Clause, o.DueAtUtc!.Value, o.MetAtUtc))];
    }

    /// <summary>An incident by its number; an appeal by its incident's number once registered, else by its organisation.</summary>
    private static async Task<Dictionary<(string, string), string>> SubjectNamesAsync(AppDbContext db, List<ObligationRecord> obligations, CancellationToken ct)
    {
        var incidentIds = Ids(obligations, ObligationSubjectType.Incident);
        var appealIds = Ids(obligations, ObligationSubjectType.Appeal);
        var names = new Dictionary<(string, string), string>();
        foreach (var i in await db.Set<IncidentRecord>().Where(i => incidentIds.Contains(i.Id)).Select(i => new { i.Id, i.Number }).ToListAsync(ct))
            names[(ObligationSubject.Incident(i.Id).StoredType, i.Id.ToString())] = i.Number;
        foreach (var a in await db.Set<AppealRecord>().Where(a => appealIds.Contains(a.Id))
                     .Select(a => new { a.Id, Number = a.Incident == null ? null : a.Incident.Number, a.OrganisationName }).ToListAsync(ct))
            names[(ObligationSubject.Appeal(a.Id).StoredType, a.Id.ToString())] = a.Number ?? a.OrganisationName;
        return names;
    }

    private static List<Guid> Ids(IEnumerable<ObligationRecord> obligations, ObligationSubjectType type) =>
        [.. obligations.Where(o => o.SubjectType == ObligationSubject.Stored(type)).Select(o => Guid.TryParse(o.SubjectId, out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty)];

}
