using System.Security.Cryptography.X509Certificates;
using PdfSharp.Drawing;
using PdfSharp.Pdf.IO;
using PdfSharp.Pdf.Signatures;

namespace GosZakup.Console.Infrastructure.Documents.Signing;

/// <summary>Signs a PDF with an RSA certificate: a detached CMS signature (SHA-256) over the whole file except the
/// signature value, embedded by PDFsharp as <c>/adbe.pkcs7.detached</c>, with reason, location and the signing time
/// from the console's clock. PDFsharp rewrites the file rather than appending to it, so a PDF that is already signed
/// is refused: its first signature would break.</summary>
public sealed class PdfSigner(TimeProvider clock)
{
    public const string AppName = "GosZakup.Console";

    /// <summary>The signed PDF. Check the certificate first with <see cref="SigningCertificate"/>.</summary>
    /// <exception cref="InvalidOperationException">The PDF is already signed, or the certificate has no RSA private key.</exception>
    public byte[] Sign(byte[] pdf, X509Certificate2 certificate, PdfSigningOptions options)
    {
        using (var key = certificate.HasPrivateKey ? certificate.GetRSAPrivateKey() : null)
            if (key is null)
                throw new InvalidOperationException("The certificate has no RSA private key.");
        if (PdfByteRange.FindAll(pdf).Count > 0)
            throw new InvalidOperationException("The PDF is already signed; a correction is a new document.");

        var signingTimeUtc = clock.GetUtcNow().UtcDateTime;
        using var input = new MemoryStream(pdf, writable: false);
        using var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
        using var output = new MemoryStream();
        var signer = new CmsDetachedSigner(certificate, signingTimeUtc, () => SignatureDictionaryTime.Pin(output, signingTimeUtc));
        var name = signer.CertificateName;
        DigitalSignatureHandler.ForDocument(document, signer, new DigitalSignatureOptions
        {
            Reason = options.Reason,
            Location = options.Location,
            ContactInfo = certificate.GetNameInfo(X509NameType.EmailName, forIssuer: false),
            AppName = AppName,
            PageIndex = 0,
            Rectangle = options.Stamp ?? new XRect(0, 0, 0, 0),
            AppearanceHandler = new SignatureStamp(name, signingTimeUtc),
        });
        document.Save(output, closeStream: false);
        return output.ToArray();
    }
}
