using System.Security.Cryptography.X509Certificates;
using GosZakup.Console.Domain.Signatures;

namespace GosZakup.Console.Infrastructure.Documents.Signing;

/// <summary>The one place a signing service turns the certificate it signed with and the signed bytes into the
/// <see cref="PdfSignature"/> the record keeps.</summary>
public static class CertificateSignature
{
    /// <summary>The certificate holder's name as the signature names them (its common name).</summary>
    public static string SignerName(this X509Certificate2 certificate) => certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false);

    public static PdfSignature Of(X509Certificate2 certificate, byte[] signedPdf, DateTime atUtc, string position) =>
        PdfSignature.Of(atUtc, certificate.SignerName(), position, certificate.Subject, certificate.SerialNumber, PdfSignature.Sha256Of(signedPdf));
}
