using System.Security.Claims;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Inbox;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Incidents;

public sealed partial class IncidentRecords
{
    private const int MaxAddressee = 300, MaxLetterReference = 100, MaxOwnerConsent = 200, MaxReferralNote = 2000;

    /// <summary>R2 §21 (signs of an offence, reported to the Owner and law enforcement) is an act of the operator's
    /// management: a Supervisor's. R2 §22 gates outside specialists on the Owner's consent, not on a role inside the
    /// operator: once the consent is in hand the Specialist running the fix (R2 §14.2, §15.7) may record it too.</summary>
    public static bool MayRefer(ReferralKind kind, ClaimsPrincipal user) => kind == ReferralKind.LawEnforcement
        ? IsAny(user, StaffRole.Supervisor)
        : IsAny(user, StaffRole.Specialist, StaffRole.Supervisor);

    /// <summary>A referral with its documents, saved whole or not at all: every file is checked before anything is kept.</summary>
    public async Task<CommandResult> ReferAsync(Guid incidentId, ReferralForm form, IReadOnlyList<DocumentUpload> files, ClaimsPrincipal user,
        CancellationToken ct = default)
    {
        if (!MayRefer(form.Kind, user)) return CommandResult.Refused(RefusalCode.RoleNotAllowed, "Incident.Error.Role");
        var now = clock.GetUtcNow().UtcDateTime;
        if (Validate(form, now) is { } invalid) return invalid;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Set<IncidentRecord>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == incidentId, ct) is not { } incident)
            return CommandResult.Refused(RefusalCode.NotFound, "Incident.Error.NotFound");
        var sentAt = AstanaTime.FromWallClock(form.SentAt!.Value);
        if (sentAt < incident.RegisteredAtUtc.AddMinutes(-1)) return CommandResult.Invalid(nameof(form.SentAt), "Referral.Error.SentBeforeIncident");

        var incoming = new List<IncomingFile>();
        try
        {
            foreach (var upload in files)
            {
                await using var content = upload.Open();
                incoming.Add(await folder.ReceiveAsync(upload.FileName, content, ct));
            }
            var refusals = incoming.Select(f => f.Fault).OfType<ResourceText>().ToList();
            if (refusals.Count > 0) return CommandResult.Invalid("Files", refusals.Aggregate((all, next) => new ResourceText("Text.Joined", all, next)));

            var referral = new ReferralRecord
            {
                IncidentId = incidentId, Kind = form.Kind, AtUtc = sentAt, Addressee = form.Addressee.Trim(), LetterReference = Blank(form.LetterReference),
                OwnerConsent = form.Kind == ReferralKind.OutsideSpecialists ? Blank(form.OwnerConsent) : null, Note = Blank(form.Note), ByName = Name(user),
            };
            db.Set<ReferralRecord>().Add(referral);
            var purpose = form.Kind == ReferralKind.LawEnforcement ? DocumentPurpose.Referral : DocumentPurpose.OutsideSpecialists;
            foreach (var file in incoming.DistinctBy(f => f.Sha256))
            {
                file.Keep();
                db.Set<IncidentDocumentRecord>().Add(Document(incidentId, purpose, referral.Id, file, user, now));
            }
            db.Set<IncidentEventRecord>()
                .Add(Timeline.Referred(referral.Kind, referral.Addressee, referral.LetterReference, referral.OwnerConsent).For(incidentId, sentAt, user));
            return await SaveAsync(db, ct, incidentId);
        }
        finally
        {
            foreach (var file in incoming) file.Dispose();
        }
    }

    private static CommandResult? Validate(ReferralForm form, DateTime now)
    {
        if (form.SentAt is null) return CommandResult.Invalid(nameof(form.SentAt), "Referral.Error.SentAtRequired");
        if (AstanaTime.FromWallClock(form.SentAt.Value) > now.AddMinutes(2)) return CommandResult.Invalid(nameof(form.SentAt), "Referral.Error.SentInFuture");
        if (string.IsNullOrWhiteSpace(form.Addressee)) return CommandResult.Invalid(nameof(form.Addressee), "Referral.Error.AddresseeRequired");
        if (form.Kind == ReferralKind.LawEnforcement && string.IsNullOrWhiteSpace(form.LetterReference))
            return CommandResult.Invalid(nameof(form.LetterReference), "Referral.Error.LetterRequired");
        if (form.Kind == ReferralKind.OutsideSpecialists && string.IsNullOrWhiteSpace(form.OwnerConsent))
            return CommandResult.Invalid(nameof(form.OwnerConsent), "Referral.Error.ConsentRequired");
        foreach (var (field, text, max) in new[]
        {
            (nameof(form.Addressee), form.Addressee, MaxAddressee), (nameof(form.LetterReference), form.LetterReference, MaxLetterReference),
            (nameof(form.OwnerConsent), form.OwnerConsent, MaxOwnerConsent), (nameof(form.Note), form.Note, MaxReferralNote),
        })
        {
            if (text is null) continue;
            if (text.Trim().Length > max) return CommandResult.Invalid(field, "Appeal.TooLong", max);
            if (Localization.TextFieldRules.Fault(text) is { } textProblem1) return CommandResult.Invalid(field, textProblem1);
        }
        return null;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
