using GosZakup.Console.Domain.Acts;
using GosZakup.Console.Domain.Signatures;
using GosZakup.Console.Infrastructure.Acts;
using GosZakup.Console.Infrastructure.Documents.Signing;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Acts.Signing;

/// <summary>What the public verification page shows: the signature's verdict, and the registered Act the PDF is, if any.</summary>
/// <param name="Registered">The signed Act whose stored hash this PDF has; null for a PDF this console never signed.</param>
/// <param name="Revoked">The signer's certificate is on the console's revocation list (<c>Signing:Revoked</c>).</param>
/// <param name="ReplacedBy">A signed correction that replaces this Act.</param>
public sealed record ActVerificationView(PdfVerification Pdf, RegisteredAct? Registered, bool Revoked, string? ReplacedBy)
{
    /// <summary>Valid signature, trusted certificate not revoked, and exactly the bytes the console signed.</summary>
    public bool IsGenuine => Pdf.IsValid && Registered is not null && !Revoked;
}

/// <summary>The public facts of a signed Act.</summary>
public sealed record RegisteredAct(string Number, PdfSignature Signature, string? ReplacesNumber);

/// <summary>Verifies signed Acts for anyone (R2 §17): by number, from the stored PDF, or from an uploaded PDF, which is
/// matched to a registered Act by its SHA-256.</summary>
public sealed class ActVerification(IDbContextFactory<AppDbContext> dbFactory, SignatureTrust trust, ActsOptions options, TimeProvider clock)
{
    /// <summary>The largest PDF the public page checks: a signed Act is well under 1 MB.</summary>
    public const int MaxUploadBytes = 10 * 1024 * 1024;

    /// <summary>The stored signed PDF of a signed Act; null for an unknown or unsigned one.</summary>
    public async Task<(RegisteredAct Act, byte[] Pdf)?> SignedPdfAsync(string number, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var act = await db.Set<ActRecord>().AsNoTracking().SingleOrDefaultAsync(a => a.Number == number.Trim() && a.State == ActState.Signed, ct);
        if (act is null) return null;
        var file = await db.Set<ActFileRecord>().AsNoTracking().Where(f => f.ActId == act.Id).Select(f => f.SignedPdf).SingleAsync(ct);
        return (await DescribeAsync(db, act, ct), file);
    }

    public async Task<ActVerificationView?> ForNumberAsync(string number, CancellationToken ct = default) =>
        await SignedPdfAsync(number, ct) is { } stored ? await ForPdfAsync(stored.Pdf, ct) : null;

    /// <summary>Checks a PDF within <c>Acts:VerificationSeconds</c>; a file that takes longer, or holds more signature
    /// markers than any real Act, gets a verdict saying it was not checked rather than holding the server.</summary>
    public async Task<ActVerificationView> ForPdfAsync(byte[] pdf, CancellationToken ct = default)
    {
        var verdict = await VerifyWithinLimitAsync(pdf, ct);
        if (verdict.Status is PdfSignatureStatus.TooManySignatures or PdfSignatureStatus.NotCheckedInTime)
            return new ActVerificationView(verdict, null, false, null);
        var sha = PdfSignature.Sha256Of(pdf);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var act = await db.Set<ActRecord>().AsNoTracking().SingleOrDefaultAsync(a => a.Signature!.Sha256 == sha && a.State == ActState.Signed, ct);
        var registered = act is null ? null : await DescribeAsync(db, act, ct);
        var replacedBy = act is null ? null : await db.Set<ActRecord>().Where(a => a.ReplacesActId == act.Id && a.State == ActState.Signed)
            .Select(a => a.Number).FirstOrDefaultAsync(ct);
        var revoked = verdict.Signature is { SerialNumber.Length: > 0 } signature && trust.IsRevoked(signature.SerialNumber, signature.Thumbprint);
        return new ActVerificationView(verdict, registered, revoked, replacedBy);
    }

    private async Task<PdfVerification> VerifyWithinLimitAsync(byte[] pdf, CancellationToken ct)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(Math.Max(0, options.VerificationSeconds)), clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, limit.Token);
        var verifier = trust.Verifier();
        try
        {
            // Off the request's thread, and waited on only as long as allowed; the verifier stops at its next step.
            return await Task.Run(() => verifier.VerifyUnlessStopped(pdf, linked.Token), linked.Token).WaitAsync(linked.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new PdfVerification(PdfSignatureStatus.NotCheckedInTime, []);
        }
    }

    private static async Task<RegisteredAct> DescribeAsync(AppDbContext db, ActRecord act, CancellationToken ct)
    {
        var replaces = act.ReplacesActId is { } id ? await db.Set<ActRecord>().Where(a => a.Id == id).Select(a => a.Number).SingleAsync(ct) : null;
        return new RegisteredAct(act.Number, act.Signature!, replaces);
    }
}
