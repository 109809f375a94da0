using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Announcements;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Mail;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Incidents;

/// <summary>One line of an incident's timeline; <see cref="Kind"/> names its resource key "Timeline.{Kind}". A mail line
/// carries its outbox row and an appeal line its channel, so the page words them in the reader's language.</summary>
public sealed record TimelineEntry(DateTime AtUtc, string Kind, string? Actor, string? Text, bool Failed = false)
{
    public OutboxMessage? Mail { get; init; }
    public AppealChannel? Channel { get; init; }
}

/// <summary>Everything the incident page shows, read in one go.</summary>
public sealed record IncidentView(
    IncidentRecord Incident,
    IReadOnlyList<AppealRecord> Appeals,
    IReadOnlyList<AttachmentRecord> Attachments,
    IReadOnlyList<ObligationRecord> Obligations,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<string> SecurityParticipants)
{
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
        var attachments = await db.Set<AttachmentRecord>().AsNoTracking().Where(a => appealIds.Contains(a.AppealId)).OrderBy(a => a.UploadedAtUtc).ToListAsync(ct);
        var subject = incident.Id.ToString();
        var obligations = await db.Obligations.AsNoTracking().Where(o => o.SubjectType == "Incident" && o.SubjectId == subject).OrderBy(o => o.TriggeredAtUtc).ToListAsync(ct);
        var events = await db.Set<IncidentEventRecord>().AsNoTracking().Where(e => e.IncidentId == incident.Id).ToListAsync(ct);
        var mail = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.SubjectType == "Incident" && m.SubjectId == subject).ToListAsync(ct);
        var published = await db.Set<AnnouncementUpdateRecord>().AsNoTracking()
            .Where(u => u.State == UpdateState.Published && db.Set<AnnouncementRecord>().Any(a => a.Id == u.AnnouncementId && a.IncidentId == incident.Id))
            .Select(u => new TimelineEntry(u.PublishedAtUtc!.Value, "AnnouncementPublished", u.PublishedByName, u.TitleRu, false)).ToListAsync(ct);
        var timeline = Timeline(incident, appeals, events, mail);
        timeline.AddRange(published);
        var participants = await db.Set<SecurityParticipantRecord>().AsNoTracking().Where(p => p.IncidentId == incident.Id).Select(p => p.FullName).ToListAsync(ct);
        return new IncidentView(incident, appeals, attachments, obligations, [.. timeline.OrderByDescending(e => e.AtUtc)], [.. participants.Order(StringComparer.Ordinal)]);
    }

    private static List<TimelineEntry> Timeline(IncidentRecord incident, IEnumerable<AppealRecord> appeals, IEnumerable<IncidentEventRecord> events, IEnumerable<OutboxMessage> mail)
    {
        var entries = new List<TimelineEntry>();
        foreach (var appeal in appeals)
            entries.Add(new(appeal.ReceivedAtUtc, "AppealReceived", appeal.OrganisationName, null) { Channel = appeal.Channel });
        entries.Add(new(incident.RegisteredAtUtc, "Registered", incident.RegisteredByName, incident.Number));
        entries.AddRange(events.Select(e => new TimelineEntry(e.AtUtc, e.Kind, e.ActorName, e.Text)));
        foreach (var message in mail)
        {
            entries.Add(message.SentAtUtc is { } sent
                ? new(sent, "MailSent", message.To, message.Subject) { Mail = message }
                : new(message.CreatedAtUtc, "MailWaiting", message.To, message.Subject, Failed: message.LastError is not null) { Mail = message });
        }
        return [.. entries.OrderByDescending(e => e.AtUtc)];
    }
}
