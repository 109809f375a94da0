using System.Security.Claims;
using GosZakup.Console.Domain.Announcements;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Infrastructure.Announcements;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Mail;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.WorkingGroup;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Announcements;
using GosZakup.Console.Web.Features.Incidents;
using GosZakup.Console.Web.Features.MailTemplates;
using GosZakup.Console.Web.Localization;
using GosZakup.Console.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace GosZakup.Console.Web.Features.Extensions;

/// <summary>The force-majeure notice as the panel shows it: whether it is due, when it last went out, and what it will say to whom.</summary>
public sealed record ForceMajeureNoticeView(bool Due, DateTime? LastSentAtUtc, string? LastSentBy, IReadOnlyList<string> To, string Subject, string Body,
    AnnouncementForm Announcement);

/// <summary>R1 §13, R2 §16.6: under force majeure the Owner and the users are told at once, in writing, of its expected effect and
/// end. Sending writes to every active contact of the Owner's informatisation and information-security unit through the outbox and
/// publishes the notice on the portal's main page (an update of the incident's force-majeure announcement), and meets the duty,
/// in one transaction. A Supervisor's act, as the recording of the force majeure is.</summary>
public sealed class ForceMajeureNotices(IDbContextFactory<AppDbContext> dbFactory, MailOutbox outbox, AnnouncementValidator validator,
    AnnouncementNotifier announcements, IncidentNotifier incidents, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    private static readonly string Code = ObligationCatalogue.ForceMajeureNotice.Code;

    /// <summary>Null while no force majeure is recorded.</summary>
    public async Task<ForceMajeureNoticeView?> ViewAsync(Guid incidentId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var incident = await db.Set<IncidentRecord>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == incidentId, ct);
        if (incident?.ForceMajeureFromUtc is null) return null;
        var duties = await DutiesAsync(db, incidentId, ct);
        var last = duties.Where(d => d.MetAtUtc is not null).MaxBy(d => d.MetAtUtc);
        var (subject, body) = await RenderAsync(db, incident, ct);
        return new(duties.Any(d => d.IsOpen), last?.MetAtUtc, last?.MetByName, await OwnerUnitAsync(db, ct), subject, body,
            ForceMajeureWording.Announcement(incident));
    }

    public async Task<CommandResult> SendAsync(Guid incidentId, Guid version, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!user.IsInRole(StaffRole.Supervisor)) return CommandResult.Refused(RefusalCode.RoleNotAllowed, "Extensions.Error.CircumstancesRole");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var incident = await db.Set<IncidentRecord>().FirstOrDefaultAsync(i => i.Id == incidentId, ct);
        if (incident is null) return CommandResult.Refused(RefusalCode.NotFound, "Incident.Error.NotFound");
        if (incident.Version != version) return CommandResult.Refused(RefusalCode.Stale, "Incident.Error.Changed");
        if (incident.ForceMajeureFromUtc is null) return CommandResult.Refused(RefusalCode.NotAllowedFromStatus, "ForceMajeure.Error.NotRecorded");
        var open = (await DutiesAsync(db, incidentId, ct)).Where(d => d.IsOpen).ToList();
        if (open.Count == 0) return CommandResult.Refused(RefusalCode.AlreadyDone, "ForceMajeure.Error.AlreadySent");
        var to = await OwnerUnitAsync(db, ct);
        if (to.Count == 0) return CommandResult.Refused(RefusalCode.NotAllowedFromStatus, "Incident.Error.NoOwnerUnitContacts");
        var notice = ForceMajeureWording.Announcement(incident);
        // The notice is written from the recorded force majeure: what the announcement's checks find is the notice's, named by its fields.
        if (validator.Validate(notice) is { Count: > 0 } invalid) return CommandResult.Invalid(invalid);

        var (now, by) = (clock.GetUtcNow().UtcDateTime, user.Identity?.Name ?? "?");
        var (subject, body) = await RenderAsync(db, incident, ct);
        foreach (var address in to)
            outbox.Enqueue(db, new OutgoingMail(MailTemplateCatalogue.ForceMajeureNotice.Kind, "Incident", incidentId.ToString(), address, subject, body));
        await PublishAsync(db, incident, notice, by, now, ct);
        await IncidentCommands.MeetAsync(db, incidentId, Code, Instant.FromDateTimeUtc(now), by, l["ForceMajeure.Met", string.Join(", ", to)], ct);
        db.Add(Timeline.ForceMajeureNoticeSent(to, notice.BodyKk, notice.BodyRu).By(incidentId, now, by));
        incident.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Refused(RefusalCode.Stale, "Incident.Error.Changed");
        }
        announcements.Changed();
        incidents.Changed(incidentId);
        return CommandResult.Ok();
    }

    /// <summary>A published update of the incident's force-majeure announcement (a new one the first time), as the Act's
    /// publication does: the Rules ask for it at once, and the Supervisor has read its text in the panel before sending.</summary>
    private static async Task PublishAsync(AppDbContext db, IncidentRecord incident, AnnouncementForm notice, string by, DateTime now, CancellationToken ct)
    {
        var announcement = await db.Set<AnnouncementRecord>()
            .Where(a => a.IncidentId == incident.Id && a.Kind == AnnouncementKind.ForceMajeure).OrderBy(a => a.CreatedAtUtc).FirstOrDefaultAsync(ct);
        if (announcement is null)
            db.Add(announcement = new AnnouncementRecord { Kind = AnnouncementKind.ForceMajeure, IncidentId = incident.Id, CreatedAtUtc = now });
        (announcement.FirstPublishedAtUtc, announcement.LastPublishedAtUtc, announcement.Version) =
            (announcement.FirstPublishedAtUtc ?? now, now, Guid.NewGuid());
        db.Add(new AnnouncementUpdateRecord
        {
            AnnouncementId = announcement.Id, State = UpdateState.Published, CreatedAtUtc = now, CreatedByName = by, PublishedAtUtc = now, PublishedByName = by,
            TitleKk = notice.TitleKk.Trim(), TitleRu = notice.TitleRu.Trim(), BodyKk = notice.BodyKk.Trim(), BodyRu = notice.BodyRu.Trim(),
        });
    }

    private static Task<List<ObligationRecord>> DutiesAsync(AppDbContext db, Guid incidentId, CancellationToken ct) =>
        db.Obligations.AsNoTracking().Of(ObligationSubject.Incident(incidentId)).Where(o => o.Code == Code).ToListAsync(ct);

    private static async Task<IReadOnlyList<string>> OwnerUnitAsync(AppDbContext db, CancellationToken ct) =>
        (await db.Set<WorkingGroupMemberRecord>().AsNoTracking().ActiveIn(ContactUnit.OwnerUnit).Select(m => m.Email).ToListAsync(ct))
            .Order(StringComparer.Ordinal).ToList();

    private static async Task<(string Subject, string Body)> RenderAsync(AppDbContext db, IncidentRecord incident, CancellationToken ct)
    {
        var (kk, ru) = await TemplatedMail.WordingAsync(db, MailTemplateCatalogue.ForceMajeureNotice, ct);
        return TemplatedMail.Render(kk, ru, ForceMajeureWording.Values(incident, Cultures.Kazakh), ForceMajeureWording.Values(incident, Cultures.Russian));
    }
}
