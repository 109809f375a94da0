using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using PdfSharp.Pdf.Signatures;

namespace GosZakup.Console.Infrastructure.Documents.Signing;

/// <summary>PDFsharp's signer hook: a detached CMS (PKCS#7) SignedData over the PDF's byte range, SHA-256 with RSA,
/// the signer's certificate included and the signing time as a signed attribute. PDFsharp's own
/// <see cref="PdfSharpDefaultSigner"/> puts the wall-clock time in an unsigned attribute, which a verifier cannot
/// trust and a test cannot pin.</summary>
internal sealed class CmsDetachedSigner(X509Certificate2 certificate, DateTime signingTimeUtc, Action beforeDigest) : IDigitalSigner
{
    private static readonly Oid Sha256 = new("2.16.840.1.101.3.4.2.1");

    public string CertificateName => certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false);

    // The CMS holds the certificate, the RSA signature value and a few hundred bytes of structure and attributes.
    public Task<int> GetSignatureSizeAsync()
    {
        using var key = certificate.GetRSAPublicKey() ?? throw new InvalidOperationException("The certificate has no RSA key.");
        return Task.FromResult(certificate.RawData.Length + key.KeySize / 8 + 1024);
    }

    public Task<byte[]> GetSignatureAsync(Stream stream)
    {
        beforeDigest();
        // PDFsharp's RangedStream cannot report CanSeek, so Stream.CopyTo fails on it; it reads by position.
        var content = new byte[stream.Length];
        stream.Position = 0;
        stream.ReadExactly(content);

        var cms = new SignedCms(new ContentInfo(content), detached: true);
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, certificate)
        {
            DigestAlgorithm = Sha256,
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        signer.SignedAttributes.Add(new Pkcs9SigningTime(DateTime.SpecifyKind(signingTimeUtc, DateTimeKind.Utc)));
        cms.ComputeSignature(signer, silent: true);
        return Task.FromResult(cms.Encode());
    }
}
