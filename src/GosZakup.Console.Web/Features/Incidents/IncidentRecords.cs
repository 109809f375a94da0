using System.Security.Claims;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Inbox;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Incidents;

/// <summary>What is filed on an incident beside its life cycle: the reproduction's evidence files (R2 §9, §11), links
/// to the same failure in other procurements (R2 §15.7) and referrals outside the operator (R2 §21-§22). Each change
/// is saved with its timeline entry in one transaction; a refused file leaves nothing behind.</summary>
public sealed partial class IncidentRecords(
    IDbContextFactory<AppDbContext> dbFactory, AttachmentFolder folder, IncidentNotifier notifier, TimeProvider clock)
{
    private const int MaxLinkNote = 1000;

    /// <summary>The reproduction is the Specialist's (R2 §9); a Supervisor may file for them.</summary>
    public static bool MayAddEvidence(ClaimsPrincipal user) => IsAny(user, StaffRole.Specialist, StaffRole.Supervisor);

    /// <summary>Whoever meets the same failure in another procurement, at the desk or in analysis, may link it.</summary>
    public static bool MayLink(ClaimsPrincipal user) => IsAny(user, StaffRole.Operator, StaffRole.Specialist, StaffRole.Supervisor);

    public async Task<IncidentRecordsView> LoadAsync(Guid incidentId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var documents =
            await db.Set<IncidentDocumentRecord>().AsNoTracking().Where(d => d.IncidentId == incidentId).OrderBy(d => d.UploadedAtUtc).ToListAsync(ct);
        var links =
            await db.Set<IncidentLinkRecord>().AsNoTracking().Where(k => k.IncidentId == incidentId || k.LinkedIncidentId == incidentId).ToListAsync(ct);
        var otherIds = links.Select(k => Other(k, incidentId)).ToList();
        var others = await db.Set<IncidentRecord>().AsNoTracking().Where(i => otherIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
        var referrals = await db.Set<ReferralRecord>().AsNoTracking().Where(r => r.IncidentId == incidentId).OrderBy(r => r.AtUtc).ToListAsync(ct);
        return new IncidentRecordsView(
            [.. documents.Where(d => d.Purpose == DocumentPurpose.Evidence)],
            [.. links.Select(k => (Link: k, Other: others[Other(k, incidentId)]))
                .Select(x => new LinkedIncident(x.Link.Id, x.Other.Id, x.Other.Number, x.Other.Status, x.Link.Note, x.Link.LinkedAtUtc, x.Link.ByName))
                .OrderBy(x => x.Number, StringComparer.Ordinal)],
            [.. referrals.Select(r => new ReferralEntry(r, [.. documents.Where(d => d.ReferralId == r.Id)]))]);
    }

    /// <summary>R2 §9, §11: a file the reproduction produced (a screenshot, a log), checked like an appeal's attachments.</summary>
    public async Task<CommandResult> AddEvidenceAsync(Guid incidentId, string fileName, Stream content, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!MayAddEvidence(user)) return CommandResult.Refused(RefusalCode.RoleNotAllowed, "Incident.Error.Role");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Set<IncidentRecord>().AnyAsync(i => i.Id == incidentId, ct)) return CommandResult.Refused(RefusalCode.NotFound,
            "Incident.Error.NotFound");
        using var file = await folder.ReceiveAsync(fileName, content, ct);
        if (file.Fault is { } refused) return CommandResult.Invalid("File", refused);
        if (await db.Set<IncidentDocumentRecord>()
            .AnyAsync(d => d.IncidentId == incidentId && d.Purpose == DocumentPurpose.Evidence && d.Sha256 == file.Sha256, ct))
            return CommandResult.Refused(RefusalCode.Duplicate, "Evidence.AlreadyFiled", file.FileName);
        file.Keep();
        var now = clock.GetUtcNow().UtcDateTime;
        db.Set<IncidentDocumentRecord>().Add(Document(incidentId, DocumentPurpose.Evidence, null, file, user, now));
        db.Set<IncidentEventRecord>().Add(Timeline.EvidenceAdded(file.FileName).For(incidentId, now, user));
        return await SaveAsync(db, ct, incidentId);
    }

    /// <summary>R2 §15.7: the same failure in another procurement; the link shows on both incidents.</summary>
    public async Task<CommandResult> LinkAsync(Guid incidentId, string? otherNumber, string? note, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!MayLink(user)) return CommandResult.Refused(RefusalCode.RoleNotAllowed, "Incident.Error.Role");
        var number = (otherNumber ?? "").Trim().ToUpperInvariant();
        if (number.Length == 0) return CommandResult.Invalid("OtherNumber", "Link.Error.NumberRequired");
        if (note is { Length: > MaxLinkNote }) return CommandResult.Invalid("Note", "Appeal.TooLong", MaxLinkNote);
        if (Localization.TextFieldRules.Fault(note) is { } textProblem1) return CommandResult.Invalid("Note", textProblem1);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Set<IncidentRecord>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == incidentId, ct) is not { } incident)
            return CommandResult.Refused(RefusalCode.NotFound, "Incident.Error.NotFound");
        if (await db.Set<IncidentRecord>().AsNoTracking().FirstOrDefaultAsync(i => i.Number == number, ct) is not { } other)
            return CommandResult.Invalid("OtherNumber", "Link.Error.Unknown", number[..Math.Min(number.Length, 20)]);
        if (other.Id == incidentId) return CommandResult.Invalid("OtherNumber", "Link.Error.Self");
        if (await LinkedAsync(db, incidentId, other.Id, ct)) return CommandResult.Invalid("OtherNumber", "Link.Error.AlreadyLinked", other.Number);

        var now = clock.GetUtcNow().UtcDateTime;
        var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        db.Set<IncidentLinkRecord>()
            .Add(new IncidentLinkRecord { IncidentId = incidentId, LinkedIncidentId = other.Id, Note = text, LinkedAtUtc = now, ByName = Name(user) });
        db.Set<IncidentEventRecord>().AddRange(
            Timeline.Linked(other.Number, text).For(incidentId, now, user),
            Timeline.Linked(incident.Number, text).For(other.Id, now, user));
        try
        {
            return await SaveAsync(db, ct, incidentId, other.Id);
        }
        catch (DbUpdateException)
        {
            // The unique pair: someone made the same link a moment earlier.
            return CommandResult.Invalid("OtherNumber", "Link.Error.AlreadyLinked", other.Number);
        }
    }

    public async Task<CommandResult> UnlinkAsync(Guid incidentId, Guid linkId, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!MayLink(user)) return CommandResult.Refused(RefusalCode.RoleNotAllowed, "Incident.Error.Role");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var link =
            await db.Set<IncidentLinkRecord>().FirstOrDefaultAsync(k => k.Id == linkId && (k.IncidentId == incidentId || k.LinkedIncidentId == incidentId), ct);
        if (link is null) return CommandResult.Refused(RefusalCode.NotFound, "Link.Error.Gone");
        var numbers = await db.Set<IncidentRecord>().AsNoTracking().Where(i => i.Id == link.IncidentId || i.Id == link.LinkedIncidentId)
            .ToDictionaryAsync(i => i.Id, i => i.Number, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        db.Set<IncidentLinkRecord>().Remove(link);
        db.Set<IncidentEventRecord>().AddRange(
            Timeline.Unlinked(numbers[link.LinkedIncidentId]).For(link.IncidentId, now, user),
            Timeline.Unlinked(numbers[link.IncidentId]).For(link.LinkedIncidentId, now, user));
        return await SaveAsync(db, ct, link.IncidentId, link.LinkedIncidentId);
    }

    private static Task<bool> LinkedAsync(AppDbContext db, Guid one, Guid other, CancellationToken ct) =>
        db.Set<IncidentLinkRecord>()
            .AnyAsync(k => (k.IncidentId == one && k.LinkedIncidentId == other) || (k.IncidentId == other && k.LinkedIncidentId == one), ct);

    /// <summary>Saves and tells open pages of every incident touched; a row removed meanwhile is a clear conflict.</summary>
    private async Task<CommandResult> SaveAsync(AppDbContext db, CancellationToken ct, params Guid[] touched)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Refused(RefusalCode.Stale, "Incident.Error.Changed");
        }
        foreach (var id in touched) notifier.Changed(id);
        return CommandResult.Ok();
    }

    private static IncidentDocumentRecord Document(Guid incidentId, DocumentPurpose purpose, Guid? referralId, IncomingFile file, ClaimsPrincipal user,
        DateTime now) => new()
        {
            IncidentId = incidentId, Purpose = purpose, ReferralId = referralId, FileName = file.FileName, ContentType = file.ContentType!,
            SizeBytes = file.SizeBytes, Sha256 = file.Sha256, UploadedAtUtc = now, UploadedBy = Name(user),
        };

    private static Guid Other(IncidentLinkRecord link, Guid incidentId) => link.IncidentId == incidentId ? link.LinkedIncidentId : link.IncidentId;

    private static bool IsAny(ClaimsPrincipal user, params string[] roles) => roles.Any(user.IsInRole);

    private static string Name(ClaimsPrincipal user) => user.Identity?.Name ?? "?";
}
