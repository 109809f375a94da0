using GosZakup.Console.Domain.Announcements;
using GosZakup.Console.Infrastructure.Announcements;
using GosZakup.Console.Infrastructure.Identity;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Mail;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Incidents;

/// <summary>One line of an incident's timeline; <see cref="Kind"/> names its resource key "Timeline.{Kind}", and
/// <see cref="TimelineWording"/> puts <see cref="Args"/> in the reader's words. <see cref="LegacyText"/> is the sentence of an
/// entry written before entries kept their values.</summary>
public sealed record TimelineEntry(DateTime AtUtc, string Kind, StaffName Actor, IReadOnlyList<TimelineArg> Args, string? LegacyText = null,
    bool Failed = false)
{
    public TimelineEntry(DateTime atUtc, TimelineItem item, StaffName actor, bool failed = false) : this(atUtc, item.Kind, actor, item.Args, null, failed) { }
}

/// <summary>Everything the incident page shows, read in one go.</summary>
public sealed record IncidentView(
    IncidentRecord Incident,
    IReadOnlyList<AppealRecord> Appeals,
    IReadOnlyList<AttachmentRecord> Attachments,
    IReadOnlyList<ObligationRecord> Obligations,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<string> SecurityParticipants,
    StaffNameBook Staff)
{
    /// <summary>A member of staff the incident names (by id, else by the login its row kept), in the reader's language.</summary>
    public string Name(string? id, string? login) => Staff.Of(id, login).In(System.Globalization.CultureInfo.CurrentUICulture.Name);

    public IEnumerable<ObligationRecord> Open => Obligations.Where(o => o.IsOpen).OrderBy(o => o.TargetAtUtc ?? o.DueAtUtc ?? DateTime.MaxValue);
}

public sealed class IncidentQuery(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<IncidentView?> LoadAsync(string number, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var incident = await db.Set<IncidentRecord>().AsNoTracking().FirstOrDefaultAsync(i => i.Number == number, ct);
        if (incident is null) return null;
        var appeals = await db.Set<AppealRecord>().AsNoTracking().Where(a => a.IncidentId == incident.Id).OrderBy(a => a.ReceivedAtUtc).ToListAsync(ct);
        var appealIds = appeals.Select(a => a.Id).ToList();
        var attachments =
            await db.Set<AttachmentRecord>().AsNoTracking().Where(a => appealIds.Contains(a.AppealId)).OrderBy(a => a.UploadedAtUtc).ToListAsync(ct);
        var subject = incident.Id.ToString();
        var obligations = await db.Obligations.AsNoTracking().Of(ObligationSubject.Incident(incident.Id)).OrderBy(o => o.TriggeredAtUtc).ToListAsync(ct);
        var events = await db.Set<IncidentEventRecord>().AsNoTracking().Where(e => e.IncidentId == incident.Id).ToListAsync(ct);
        var mail = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.SubjectType == "Incident" && m.SubjectId == subject).ToListAsync(ct);
        var published = await db.Set<AnnouncementUpdateRecord>().AsNoTracking()
            .Where(u => u.State == UpdateState.Published && db.Set<AnnouncementRecord>().Any(a => a.Id == u.AnnouncementId && a.IncidentId == incident.Id))
            .Select(u => new { At = u.PublishedAtUtc!.Value, By = u.PublishedByName, u.TitleKk, u.TitleRu }).ToListAsync(ct);
        var staff = await StaffNameBook.ReadAsync(db, ct);
        var timeline = Entries(incident, appeals, events, mail, staff);
        timeline.AddRange(published.Select(u => new TimelineEntry(u.At, Timeline.AnnouncementPublished(u.TitleKk, u.TitleRu), staff.Of(null, u.By))));
        var participants =
            await db.Set<SecurityParticipantRecord>().AsNoTracking().Where(p => p.IncidentId == incident.Id).Select(p => p.FullName).ToListAsync(ct);
        return new IncidentView(incident, appeals, attachments, obligations, [.. timeline.OrderByDescending(e => e.AtUtc)],
            [.. participants.Order(StringComparer.Ordinal)], staff);
    }

    private static List<TimelineEntry> Entries(IncidentRecord incident, IEnumerable<AppealRecord> appeals, IEnumerable<IncidentEventRecord> events,
        IEnumerable<OutboxMessage> mail, StaffNameBook staff)
    {
        var entries = new List<TimelineEntry>();
        foreach (var appeal in appeals)
            entries.Add(new(appeal.ReceivedAtUtc, Timeline.AppealReceived(appeal.Channel), StaffName.Recorded(appeal.OrganisationName)));
        entries.Add(new(incident.RegisteredAtUtc, Timeline.Registered(incident.Number), staff.Of(null, incident.RegisteredByName)));
        entries.AddRange(events.Select(e =>
            new TimelineEntry(e.AtUtc, e.Kind, staff.Of(e.ActorId, e.ActorName), TimelineArgs.Read(e.Arguments), e.Arguments is null ? e.LegacyText : null)));
        foreach (var message in mail)
        {
            var to = staff.Of(null, message.To); // a colleague by name, anyone else by address
            entries.Add(message.SentAtUtc is { } sent
                ? new(sent, Timeline.MailSent(message.Kind, message.Subject), to)
                : new(message.CreatedAtUtc, message.LastError is { } error
                    ? Timeline.MailFailing(message.Kind, error, message.Attempts, message.NextAttemptAtUtc)
                    : Timeline.MailWaiting(message.Kind), to, failed: message.LastError is not null));
        }
        return [.. entries.OrderByDescending(e => e.AtUtc)];
    }
}
