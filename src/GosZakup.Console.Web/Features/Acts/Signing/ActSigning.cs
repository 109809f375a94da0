using System.Security.Claims;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Infrastructure.Acts;
using GosZakup.Console.Infrastructure.Documents;
using GosZakup.Console.Infrastructure.Documents.Signing;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Features.Incidents;
using GosZakup.Console.Web.Localization;
using GosZakup.Console.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace GosZakup.Console.Web.Features.Acts.Signing;

/// <summary>What the Supervisor gives at signing: the PKCS#12 file, its password (used once, never kept) and the
/// position printed above the signature.</summary>
public sealed record ActSignature(byte[] Pkcs12, string Password, string PositionKk, string PositionRu);

/// <summary>R2 §17: a Supervisor approves a submitted Act by signing it. The F2 PDF is rendered, signed with the
/// Supervisor's certificate (detached CMS over the byte range) and stored with its SHA-256 in one transaction that
/// also marks the Act duty met; from then on the Act never changes (a correction is a new Act).</summary>
public sealed class ActSigning(IDbContextFactory<AppDbContext> dbFactory, ActPdf pdf, SignatureTrust trust, IncidentNotifier notifier,
    TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public const int MaxCertificateBytes = 64 * 1024;

    public async Task<ActResult> SignAsync(Guid actId, Guid version, ActSignature signature, ClaimsPrincipal user, string baseUrl, CancellationToken ct = default)
    {
        if (!user.IsInRole(StaffRole.Supervisor)) return ActResult.Refused(l["Acts.Error.SupervisorRole"]);
        if (Check(signature) is { Count: > 0 } errors) return new ActResult(errors);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (act, refusal) = await ActChange.LoadAsync(db, actId, version, l, ct);
        if (act is null) return refusal!;
        if (act.State != ActState.Submitted) return ActResult.Refused(l["Acts.Error.NotNow", l[$"Acts.State.{act.State}"]]);

        var opened = trust.Checker().Open(signature.Pkcs12, signature.Password);
        if (!opened.IsUsable) return Invalid(nameof(ActSignature.Pkcs12), l[$"Acts.Sign.Error.{opened.Code}"]);
        using var certificate = opened.Certificate!;
        if (Email(certificate) is { Length: > 0 } email && !string.Equals(email, user.Identity?.Name, StringComparison.OrdinalIgnoreCase))
            return Invalid(nameof(ActSignature.Pkcs12), l["Acts.Sign.Error.NotYours", email]);

        var now = clock.GetUtcNow().UtcDateTime;
        var signerName = certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false);
        var position = new BilingualText(signature.PositionKk.Trim(), signature.PositionRu.Trim());
        var replaces = act.ReplacesActId is { } replacedId ? await db.Set<ActRecord>().Where(a => a.Id == replacedId).Select(a => a.Number).SingleAsync(ct) : null;
        var unsigned = pdf.Render(act, replaces, now, new ActSigner(position, signerName), baseUrl);
        var signed = new PdfSigner(clock).Sign(unsigned, certificate, new PdfSigningOptions(
            $"Акт / Акті №{act.Number} (R2 §17)", "Астана"));

        (act.State, act.ActDateUtc, act.SignedAtUtc, act.SignedByName, act.SignerPosition) = (ActState.Signed, now, now, signerName, position.Both);
        (act.CertificateSubject, act.CertificateSerial, act.SignedPdfSha256) = (certificate.Subject, certificate.SerialNumber, Sha256(signed));
        db.Add(new ActFileRecord { ActId = act.Id, SignedPdf = signed });
        await IncidentCommands.MeetAsync(db, act.IncidentId, ObligationCatalogue.Act.Code, Instant.FromDateTimeUtc(now), Name(user), l["Acts.Met.Signed", act.Number], ct);
        db.Add(new IncidentEventRecord { IncidentId = act.IncidentId, AtUtc = now, Kind = "ActSigned", ActorName = Name(user), Text = $"{act.Number}: {signerName}" });
        var saved = await ActChange.SaveAsync(db, act, l, ct);
        if (saved.Succeeded) notifier.Changed(act.IncidentId);
        return saved;
    }

    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    private Dictionary<string, string> Check(ActSignature signature)
    {
        var errors = new Dictionary<string, string>();
        if (signature.Pkcs12.Length == 0) errors[nameof(ActSignature.Pkcs12)] = l["Acts.Sign.Error.NoFile"];
        else if (signature.Pkcs12.Length > MaxCertificateBytes) errors[nameof(ActSignature.Pkcs12)] = l["Acts.Sign.Error.Unreadable"];
        if (string.IsNullOrEmpty(signature.Password)) errors[nameof(ActSignature.Password)] = l["Acts.Sign.Error.NoPassword"];
        TextFieldRules.Check(errors, l, nameof(ActSignature.PositionKk), signature.PositionKk, 200, required: true, "Acts.Error.Required");
        TextFieldRules.Check(errors, l, nameof(ActSignature.PositionRu), signature.PositionRu, 200, required: true, "Acts.Error.Required");
        return errors;
    }

    private static ActResult Invalid(string field, string message) => new(new Dictionary<string, string> { [field] = message });

    private static string Email(X509Certificate2 certificate) => certificate.GetNameInfo(X509NameType.EmailName, forIssuer: false);

    private static string Name(ClaimsPrincipal user) => user.Identity?.Name ?? "?";
}
