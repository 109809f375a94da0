using System.Security.Claims;
using GosZakup.Console.Domain.Acts;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Infrastructure.Acts;
using GosZakup.Console.Infrastructure.Documents.Signing;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Incidents;
using GosZakup.Console.Web.Resources;
using GosZakup.Console.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace GosZakup.Console.Web.Features.Acts.Signing;

/// <summary>What a person gives at signing: the PKCS#12 file, its password (used once, never kept) and, for a document that
/// prints the signer's own position (the quarterly report), that position. An Act prints the head of the single operator.</summary>
public sealed record ActSignature(byte[] Pkcs12, string Password, string PositionKk = "", string PositionRu = "");

/// <summary>R2 §17: a Supervisor approves a submitted Act by signing it. The F2 PDF is rendered with the signature block of
/// the head of the single operator (as the form has it), signed with the Supervisor's own certificate (detached CMS over the
/// byte range), so that verification names who really signed, and stored with its SHA-256 in one transaction that also
/// marks the Act duty met; from then on the Act never changes (a correction is a new Act).</summary>
public sealed class ActSigning(IDbContextFactory<AppDbContext> dbFactory, ActPdf pdf, SignatureTrust trust, IncidentNotifier notifier,
    TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<CommandResult<string>> SignAsync(Guid actId, Guid version, ActSignature signature, ClaimsPrincipal user, string baseUrl,
        CancellationToken ct = default)
    {
        var roles = user.StaffRoles();
        if (ActChange.RefuseRole(ActAction.Sign, roles) is { } notHis) return notHis;
        if (SignatureInput.Errors(signature, withPosition: false) is { Count: > 0 } errors) return CommandResult<string>.Invalid(errors);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (act, refusal) = await ActChange.LoadAsync(db, actId, version, ct);
        if (act is null) return refusal!;
        if (ActChange.RefuseMove(act, ActAction.Sign, roles) is { } notNow) return notNow;

        var (opened, problem) = SignatureInput.Open(trust, signature, user);
        if (opened is null) return CommandResult<string>.Invalid(SignatureInput.FileError(problem!));
        using var certificate = opened;

        var now = clock.GetUtcNow().UtcDateTime;
        var replaces =
            act.ReplacesActId is { } replacedId ? await db.Set<ActRecord>().Where(a => a.Id == replacedId).Select(a => a.Number).SingleAsync(ct) : null;
        var unsigned = pdf.Render(act, replaces, now, baseUrl);
        var signed = new PdfSigner(clock).Sign(unsigned, certificate, new PdfSigningOptions(
            $"Акт / Акті №{act.Number} (R2 §17)", "Астана"));

        act.Sign(CertificateSignature.Of(certificate, signed, now, Clip(pdf.Signatory.Title.Both)));
        db.Add(new ActFileRecord { ActId = act.Id, SignedPdf = signed });
        await IncidentCommands.MeetAsync(db, act.IncidentId, ObligationCatalogue.Act.Code, Instant.FromDateTimeUtc(now), Name(user),
            l["Acts.Met.Signed", act.Number], ct);
        db.Add(Timeline.ActSigned(act.Number, act.Signature!.SignerName).For(act.IncidentId, now, user));
        var saved = await ActChange.SaveAsync(db, act, ct);
        if (saved.Succeeded) notifier.Changed(act.IncidentId);
        return saved;
    }

    // The column keeps so many characters; a long configured title is cut there, the PDF keeps it whole.
    private static string Clip(string text) => text.Length <= ActRecord.SignerPositionLength ? text : text[..ActRecord.SignerPositionLength];

    private static string Name(ClaimsPrincipal user) => user.Identity?.Name ?? "?";
}
