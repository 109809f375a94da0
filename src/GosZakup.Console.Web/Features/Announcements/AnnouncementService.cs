using System.Security.Claims;
using GosZakup.Console.Domain.Announcements;
using GosZakup.Console.Domain.Lifecycles;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Infrastructure.Announcements;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Announcements;

/// <summary>Drafts, edits and publishes main-page announcements (R2 §15.2, §15.8, §16.3, §16.8, R1 §11, §13-§14),
/// each change in one transaction. A published update is never changed: later news is a new update, so an
/// announcement keeps its history like a status page.</summary>
public sealed class AnnouncementService(
    IDbContextFactory<AppDbContext> dbFactory, AnnouncementValidator validator, AnnouncementNotifier notifier,
    TimeProvider clock)
{
    /// <summary>Two people drafting from one incident at once in this instance get one announcement, not two.</summary>
    private static readonly SemaphoreSlim IncidentGate = new(1, 1);

    /// <summary>A draft update composed from the incident as it stands: on its announcement, or on a new one.</summary>
    public async Task<CommandResult<AnnouncementSaved>> DraftFromIncidentAsync(Guid incidentId, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!AnnouncementUpdateLifecycle.MayDraft(user.StaffRoles())) return Refused(RefusalCode.RoleNotAllowed, "Announcement.Error.Role");
        await IncidentGate.WaitAsync(ct);
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var incident = await db.Set<IncidentRecord>().AsNoTracking().Include(i => i.Appeals).FirstOrDefaultAsync(i => i.Id == incidentId, ct);
            if (incident is null) return Refused(RefusalCode.NotFound, "Announcement.IncidentNotFound");
            if (incident.Severity is null) return Refused(RefusalCode.NotAllowedFromStatus, "Announcement.NotConfirmed");
            var announcement = await db.Set<AnnouncementRecord>().Include(a => a.Updates)
                .Where(a => a.IncidentId == incidentId && a.Kind == AnnouncementKind.Failure).OrderBy(a => a.CreatedAtUtc).FirstOrDefaultAsync(ct);
            if (announcement?.Updates.Any(u => u.State == UpdateState.Draft) == true) return Refused(RefusalCode.Duplicate, "Announcement.DraftExists");

            var form = AnnouncementWording.FromIncident(incident);
            var errors = validator.Validate(form);
            if (errors.Count > 0) return CommandResult<AnnouncementSaved>.Invalid(errors);
            announcement ??= db.Set<AnnouncementRecord>().Add(new AnnouncementRecord
            {
                Kind = AnnouncementKind.Failure, IncidentId = incidentId, CreatedAtUtc = Now,
            }).Entity;
            return await AddDraftAsync(db, announcement, form, user, ct);
        }
        finally
        {
            IncidentGate.Release();
        }
    }

    /// <summary>A new announcement of planned works or force majeure, with its first update as a draft.</summary>
    public async Task<CommandResult<AnnouncementSaved>> DraftStandaloneAsync(AnnouncementKind kind, AnnouncementForm form, ClaimsPrincipal user,
        CancellationToken ct = default)
    {
        if (kind is not (AnnouncementKind.PlannedWorks or AnnouncementKind.ForceMajeure))
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Failures are drafted from their incident.");
        if (!AnnouncementUpdateLifecycle.MayDraft(user.StaffRoles())) return Refused(RefusalCode.RoleNotAllowed, "Announcement.Error.Role");
        var errors = validator.Validate(form);
        if (errors.Count > 0) return CommandResult<AnnouncementSaved>.Invalid(errors);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var announcement = db.Set<AnnouncementRecord>().Add(new AnnouncementRecord { Kind = kind, CreatedAtUtc = Now }).Entity;
        return await AddDraftAsync(db, announcement, form, user, ct);
    }

    /// <summary>A new draft update of an announcement, with the text the user wrote.</summary>
    public async Task<CommandResult<AnnouncementSaved>> DraftUpdateAsync(Guid announcementId, AnnouncementForm form, ClaimsPrincipal user,
        CancellationToken ct = default)
    {
        if (!AnnouncementUpdateLifecycle.MayDraft(user.StaffRoles())) return Refused(RefusalCode.RoleNotAllowed, "Announcement.Error.Role");
        var errors = validator.Validate(form);
        if (errors.Count > 0) return CommandResult<AnnouncementSaved>.Invalid(errors);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var announcement = await db.Set<AnnouncementRecord>().Include(a => a.Updates).FirstOrDefaultAsync(a => a.Id == announcementId, ct);
        if (announcement is null) return Refused(RefusalCode.NotFound, "Announcement.NotFound");
        if (announcement.Updates.Any(u => u.State == UpdateState.Draft)) return Refused(RefusalCode.Duplicate, "Announcement.DraftExists");
        return await AddDraftAsync(db, announcement, form, user, ct);
    }

    /// <summary>Saves the edited text of a draft, refusing when someone changed it since <paramref name="seenVersion"/>.</summary>
    public async Task<CommandResult<AnnouncementSaved>> SaveDraftAsync(Guid updateId, Guid seenVersion, AnnouncementForm form, ClaimsPrincipal user,
        CancellationToken ct = default)
    {
        var errors = validator.Validate(form);
        if (errors.Count > 0) return CommandResult<AnnouncementSaved>.Invalid(errors);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (update, refusal) = await DraftAsync(db, updateId, UpdateAction.Save, user, seenVersion, ct);
        if (update is null) return refusal!;
        Copy(form, update);
        return await SaveAsync(db, update, ct);
    }

    /// <summary>Publishes a draft: from now on anyone sees it. For a failure this fulfils the incident's open
    /// "announce" obligations (R2 §15.2, §16.3), in the same transaction.</summary>
    public async Task<CommandResult<AnnouncementSaved>> PublishAsync(Guid updateId, ClaimsPrincipal user, Guid? seenVersion = null,
        CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (update, refusal) = await DraftAsync(db, updateId, UpdateAction.Publish, user, seenVersion, ct);
        if (update is null) return refusal!;
        var errors = validator.Validate(AnnouncementForm.Of(update));
        if (errors.Count > 0) return CommandResult<AnnouncementSaved>.Invalid(errors);

        var now = Now;
        var by = NameOf(user);
        (update.State, update.PublishedAtUtc, update.PublishedByName) = (AnnouncementUpdateLifecycle.After(update.State, UpdateAction.Publish), now, by);
        var announcement = await db.Set<AnnouncementRecord>().SingleAsync(a => a.Id == update.AnnouncementId, ct);
        announcement.FirstPublishedAtUtc ??= now;
        announcement.LastPublishedAtUtc = now;
        if (announcement.IncidentId is { } incidentId)
            await MeetAnnounceObligationsAsync(db, incidentId, update, by, now, ct);
        return await SaveAsync(db, update, ct);
    }

    /// <summary>Deletes a draft; an announcement left with no update at all goes with it.</summary>
    public async Task<CommandResult<AnnouncementSaved>> DiscardDraftAsync(Guid updateId, ClaimsPrincipal user, Guid? seenVersion = null,
        CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (update, refusal) = await DraftAsync(db, updateId, UpdateAction.Discard, user, seenVersion, ct);
        if (update is null) return refusal!;
        var announcement = await db.Set<AnnouncementRecord>().Include(a => a.Updates).SingleAsync(a => a.Id == update.AnnouncementId, ct);
        db.Remove(update);
        if (announcement.Updates.All(u => u.Id == update.Id)) db.Remove(announcement);
        else announcement.Version = Guid.NewGuid();
        return await SaveAsync(db, update, ct);
    }

    private async Task<CommandResult<AnnouncementSaved>> AddDraftAsync(AppDbContext db, AnnouncementRecord announcement, AnnouncementForm form,
        ClaimsPrincipal user, CancellationToken ct)
    {
        var update = new AnnouncementUpdateRecord { AnnouncementId = announcement.Id, CreatedAtUtc = Now, CreatedByName = NameOf(user) };
        Copy(form, update);
        db.Set<AnnouncementUpdateRecord>().Add(update);
        // A new draft changes the announcement, so two drafts added at once cannot both be saved.
        if (db.Entry(announcement).State != EntityState.Added) announcement.Version = Guid.NewGuid();
        return await SaveAsync(db, update, ct);
    }

    /// <summary>A tracked draft the user may move on by <paramref name="action"/>, checked against the version the user saw;
    /// otherwise why it cannot change.</summary>
    private async Task<(AnnouncementUpdateRecord? Draft, CommandResult<AnnouncementSaved>? Refusal)> DraftAsync(AppDbContext db, Guid updateId,
        UpdateAction action, ClaimsPrincipal user, Guid? seenVersion, CancellationToken ct)
    {
        var update = await db.Set<AnnouncementUpdateRecord>().FirstOrDefaultAsync(u => u.Id == updateId, ct);
        if (update is null) return (null, Refused(RefusalCode.NotAllowedFromStatus, "Announcement.NotDraft"));
        var check = AnnouncementUpdateLifecycle.Check(update.State, action, user.StaffRoles());
        if (!check.IsAllowed)
            return (null,
                Refused(RefusalCodes.Of(check.Refusal!.Value),
                    check.Refusal == TransitionRefusal.RoleNotAllowed ? "Announcement.Error.Role" : "Announcement.NotDraft"));
        if (seenVersion is not { } seen) return (update, null);
        if (update.Version != seen) return (null, Refused(RefusalCode.Stale, "Announcement.Conflict"));
        // The database checks the version the user saw, not the one just read: a save in between is caught too.
        db.Entry(update).Property(u => u.Version).OriginalValue = seen;
        return (update, null);
    }

    private static async Task MeetAnnounceObligationsAsync(AppDbContext db, Guid incidentId, AnnouncementUpdateRecord update, string by, DateTime now,
        CancellationToken ct)
    {
        await ObligationJournal.MeetAsync(db, ObligationSubject.Incident(incidentId), ObligationCatalogue.Announce.Code, now, by,
            $"Main-page announcement published: {update.TitleRu}", ct);
    }

    private async Task<CommandResult<AnnouncementSaved>> SaveAsync(AppDbContext db, AnnouncementUpdateRecord update, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Refused(RefusalCode.Stale, "Announcement.Conflict");
        }
        notifier.Changed();
        return CommandResult<AnnouncementSaved>.Ok(new(update.Id, update.Version));
    }

    private static CommandResult<AnnouncementSaved> Refused(RefusalCode code, string key) => CommandResult<AnnouncementSaved>.Refused(code, key);

    private static void Copy(AnnouncementForm form, AnnouncementUpdateRecord update) =>
        (update.TitleKk, update.TitleRu, update.BodyKk, update.BodyRu) = (form.TitleKk.Trim(), form.TitleRu.Trim(), form.BodyKk.Trim(), form.BodyRu.Trim());

    private static string NameOf(ClaimsPrincipal user) => user.Identity?.Name ?? "?";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
