using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Infrastructure.Acts;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.WorkingGroup;
using GosZakup.Console.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Reminders;

/// <summary>What an obligation is about, as people name it: the incident number (or, for an appeal not yet
/// registered, its organisation and arrival), where to open it, and who holds it: the incident's assignee or
/// the operator who took the appeal. <see cref="LinkPolicy"/> is the policy of the page the link opens.</summary>
public sealed record DutySubject(string Type, string Label, string? Link, string? LinkPolicy, string? AssigneeId)
{
    public static readonly string Incident = ObligationSubject.Stored(ObligationSubjectType.Incident);
    public static readonly string Appeal = ObligationSubject.Stored(ObligationSubjectType.Appeal);
    public static readonly string SecurityReturn = ObligationSubject.Stored(ObligationSubjectType.SecurityReturn);
    public static readonly string Complaint = ObligationSubject.Stored(ObligationSubjectType.Complaint);

    /// <summary>The link, for someone whose roles open its page (a Supervisor told of a missed registration
    /// cannot open the Inbox).</summary>
    public string? LinkFor(IEnumerable<string> roles) =>
        LinkPolicy is { } policy && roles.Any(Policies.Roles[policy].Contains) ? Link : null;
}

public static class DutySubjects
{
    /// <summary>The appeals not yet registered are one subject for reminders: the Inbox.</summary>
    public const string InboxKey = "/inbox";
    public const string InboxLabelKey = "Reminder.InboxAppeals";

    /// <summary>What reminders are grouped by: the page the subject opens (an incident's appeals and duties together,
    /// every unregistered appeal as the Inbox), else its type and label.</summary>
    public static string KeyOf(DutySubject subject) => subject.Link ?? $"{subject.Type}:{subject.Label}";

    /// <summary>The subjects of the given obligations, keyed by (SubjectType, SubjectId).</summary>
    public static async Task<IReadOnlyDictionary<(string Type, string Id), DutySubject>> LoadAsync(AppDbContext db, IEnumerable<ObligationRecord> obligations,
        CancellationToken ct)
    {
        var list = obligations.ToList();
        var subjects = new Dictionary<(string, string), DutySubject>();
        var incidentIds = Ids(list, DutySubject.Incident);
        foreach (var incident in await db.Set<IncidentRecord>().AsNoTracking().Where(i => incidentIds.Contains(i.Id))
                     .Select(i => new { i.Id, i.Number, i.AssignedToId }).ToListAsync(ct))
            subjects[(DutySubject.Incident, incident.Id.ToString())] =
                new(DutySubject.Incident, incident.Number, IncidentLink(incident.Number), Policies.Incidents, incident.AssignedToId);

        var appealIds = Ids(list, DutySubject.Appeal);
        foreach (var appeal in await db.Set<AppealRecord>().AsNoTracking().Where(a => appealIds.Contains(a.Id))
                     .Select(a => new { a.Id, a.OrganisationName, a.ReceivedAtUtc, a.TakenById, Number = a.Incident == null ? null : a.Incident.Number })
                     .ToListAsync(ct))
            subjects[(DutySubject.Appeal, appeal.Id.ToString())] = appeal.Number is { } number
                ? new(DutySubject.Appeal, number, IncidentLink(number), Policies.Incidents, appeal.TakenById)
                : new(DutySubject.Appeal, $"{appeal.OrganisationName}, {AstanaText(appeal.ReceivedAtUtc)}", InboxKey, Policies.Intake, appeal.TakenById);

        var returnIds = Ids(list, DutySubject.SecurityReturn);
        foreach (var security in await db.Set<SecurityReturnRecord>().AsNoTracking().Where(r => returnIds.Contains(r.Id))
                     .Join(db.Set<ActRecord>(), r => r.ActId, a => a.Id, (r, a) => new { r.Id, a.Number, r.SupplierName }).ToListAsync(ct))
            subjects[(DutySubject.SecurityReturn, security.Id.ToString())] = new(DutySubject.SecurityReturn, $"{security.Number} · {security.SupplierName}",
                $"/acts/{Uri.EscapeDataString(security.Number)}", Policies.Acts, null);

        var complaintIds = Ids(list, DutySubject.Complaint);
        foreach (var complaint in await db.Set<WorkingGroupComplaintRecord>().AsNoTracking().Where(c => complaintIds.Contains(c.Id))
                     .Select(c => new { c.Id, c.LetterNumber }).ToListAsync(ct))
            subjects[(DutySubject.Complaint, complaint.Id.ToString())] = new(DutySubject.Complaint, $"№ {complaint.LetterNumber}",
                $"/working-group/complaints/{complaint.Id}", Policies.Incidents, null);

        // A subject another feature defines and this one does not know: named by its type, held by its role.
        foreach (var other in list.Where(o => !subjects.ContainsKey((o.SubjectType, o.SubjectId))))
            subjects[(other.SubjectType, other.SubjectId)] = new(other.SubjectType, other.SubjectType, null, null, null);
        return subjects;
    }

    /// <summary>An instant as the console writes it in notices: Astana time, the same in every language.</summary>
    public static string AstanaText(DateTime utc) => AstanaTime.Text(utc);

    private static string IncidentLink(string number) => $"/incidents/{Uri.EscapeDataString(number)}";

    private static List<Guid> Ids(IEnumerable<ObligationRecord> obligations, string type) =>
        [.. obligations.Where(o => o.SubjectType == type).Select(o => Guid.TryParse(o.SubjectId, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty)
            .Distinct()];
}
