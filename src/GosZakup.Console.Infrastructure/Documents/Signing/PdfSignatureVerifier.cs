using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace GosZakup.Console.Infrastructure.Documents.Signing;

/// <summary>Verifies the signatures embedded in a PDF from its raw bytes: each /ByteRange must start the file and
/// leave out only its /Contents hex string; the CMS messageDigest must equal the digest of the signed bytes; the
/// signature value must match the signer's certificate, which must have been valid at the signing time and chain to
/// one of <paramref name="trustedRoots"/>. Revocation is not checked here (the console refuses revoked certificates
/// when signing).</summary>
public sealed class PdfSignatureVerifier(IEnumerable<X509Certificate2> trustedRoots, TimeProvider clock)
{
    private readonly X509Certificate2Collection roots = [.. trustedRoots];

    /// <summary>The most <c>/ByteRange</c> markers a file may hold to be examined. An Act carries one signature and a
    /// countersigned document a few; each marker costs a copy and a digest of up to the whole file, so a crafted file with
    /// thousands of them (2,000 took 10.5 s) is refused before any is examined.</summary>
    public const int MaxSignatureMarkers = 10;

    public PdfVerification Verify(byte[] pdf) => VerifyUnlessStopped(pdf, CancellationToken.None);

    /// <summary>Checks every signature; <paramref name="stop"/> is observed between the steps, so a caller's time limit
    /// ends the work too, not only the wait for it.</summary>
    public PdfVerification VerifyUnlessStopped(byte[] pdf, CancellationToken stop)
    {
        if (pdf.AsSpan().Count("/ByteRange"u8) > MaxSignatureMarkers)
            return new PdfVerification(PdfSignatureStatus.TooManySignatures, []);
        var ranges = PdfByteRange.FindAll(pdf);
        if (ranges.Count == 0)
            return new PdfVerification(PdfSignatureStatus.NoSignature, []);

        stop.ThrowIfCancellationRequested();
        var texts = SignatureDictionaryText.Read(pdf);
        var signatures = new List<PdfSignatureInfo>(ranges.Count);
        foreach (var range in ranges)
        {
            stop.ThrowIfCancellationRequested();
            signatures.Add(Verify(pdf, range, texts.GetValueOrDefault(range)));
        }
        var failed = signatures.FirstOrDefault(s => s.Status != PdfSignatureStatus.Valid);
        var status = failed?.Status ?? (signatures[^1].CoversWholeFile ? PdfSignatureStatus.Valid : PdfSignatureStatus.ChangedAfterSigning);
        return new PdfVerification(status, signatures);
    }

    private PdfSignatureInfo Verify(byte[] pdf, PdfByteRange range, (string? Reason, string? Location) text)
    {
        var coversWholeFile = range.End == pdf.LongLength;
        var signed = range.SignedBytes(pdf);
        var cms = new SignedCms(new ContentInfo(signed), detached: true);
        try
        {
            cms.Decode(DerValue(range.Contents(pdf)));
        }
        catch (Exception e) when (e is CryptographicException or AsnContentException or FormatException)
        {
            return Unread(PdfSignatureStatus.Malformed, text, coversWholeFile);
        }
        if (cms.SignerInfos.Count == 0 || cms.SignerInfos[0].Certificate is not { } certificate)
            return Unread(PdfSignatureStatus.Malformed, text, coversWholeFile);

        var signer = cms.SignerInfos[0];
        var signingTime = Signed<Pkcs9SigningTime>(signer)?.SigningTime.ToUniversalTime();
        var status = Check(signer, certificate, signed, cms.Certificates, signingTime);
        return Describe(status, certificate, signingTime, text, coversWholeFile);
    }

    private PdfSignatureStatus Check(SignerInfo signer, X509Certificate2 certificate, byte[] signed, X509Certificate2Collection included, DateTime? signingTime)
    {
        var messageDigest = Signed<Pkcs9MessageDigest>(signer)?.MessageDigest;
        if (messageDigest is not null && Digest(signer.DigestAlgorithm.Value, signed) is { } digest
            && !CryptographicOperations.FixedTimeEquals(digest, messageDigest))
            return PdfSignatureStatus.DigestMismatch;
        try
        {
            signer.CheckSignature(verifySignatureOnly: true);
        }
        catch (CryptographicException)
        {
            return PdfSignatureStatus.BadSignature;
        }

        var at = signingTime ?? clock.GetUtcNow().UtcDateTime;
        if (at < certificate.NotBefore.ToUniversalTime() || at > certificate.NotAfter.ToUniversalTime())
            return PdfSignatureStatus.CertificateExpiredAtSigning;
        return Chains(certificate, included, at) ? PdfSignatureStatus.Valid : PdfSignatureStatus.UntrustedChain;
    }

    private bool Chains(X509Certificate2 certificate, X509Certificate2Collection included, DateTime at)
    {
        if (roots.Count == 0)
            return false;
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(roots);
        chain.ChainPolicy.ExtraStore.AddRange(included);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationTime = DateTime.SpecifyKind(at, DateTimeKind.Utc);
        return chain.Build(certificate);
    }

    private static T? Signed<T>(SignerInfo signer) where T : AsnEncodedData =>
        signer.SignedAttributes.Cast<CryptographicAttributeObject>().SelectMany(a => a.Values.Cast<AsnEncodedData>()).OfType<T>().FirstOrDefault();

    private static byte[]? Digest(string? algorithm, byte[] data) => algorithm switch
    {
        "2.16.840.1.101.3.4.2.1" => SHA256.HashData(data),
        "2.16.840.1.101.3.4.2.2" => SHA384.HashData(data),
        "2.16.840.1.101.3.4.2.3" => SHA512.HashData(data),
        "1.3.14.3.2.26" => SHA1.HashData(data),
        _ => null,
    };

    // The /Contents hole is padded with zeros after the CMS; only the DER value itself is the signature.
    private static byte[] DerValue(byte[] contents)
    {
        AsnDecoder.ReadEncodedValue(contents, AsnEncodingRules.BER, out _, out _, out var length);
        return contents[..length];
    }

    private static PdfSignatureInfo Unread(PdfSignatureStatus status, (string? Reason, string? Location) text, bool coversWholeFile) =>
        new(status, "", "", null, "", "", "", null, null, null, text.Reason, text.Location, coversWholeFile);

    private static PdfSignatureInfo Describe(PdfSignatureStatus status, X509Certificate2 certificate, DateTime? signingTime,
        (string? Reason, string? Location) text, bool coversWholeFile) =>
        new(status,
            certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false),
            certificate.Subject,
            SubjectIin.Of(certificate.SubjectName),
            certificate.SerialNumber,
            certificate.Thumbprint,
            certificate.Issuer,
            certificate.NotBefore.ToUniversalTime(),
            certificate.NotAfter.ToUniversalTime(),
            signingTime,
            text.Reason,
            text.Location,
            coversWholeFile);
}
