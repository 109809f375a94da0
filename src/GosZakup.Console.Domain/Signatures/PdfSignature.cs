using System.Security.Cryptography;

namespace GosZakup.Console.Domain.Signatures;

/// <summary>The digital signature of a signed PDF as the console registers it (an Act, R2 §17; a quarterly report, R2 §27):
/// who signed, in which position, when, with which certificate, and the SHA-256 of the signed bytes, which fixes the document
/// from then on. Built whole or not at all: a signature without a signer, a certificate or a hash is a bug.</summary>
public sealed record PdfSignature
{
    private PdfSignature(DateTime signedAtUtc, string signerName, string signerPosition, string certificateSubject, string certificateSerial, string sha256) =>
        (SignedAtUtc, SignerName, SignerPosition, CertificateSubject, CertificateSerial, Sha256) =
        (signedAtUtc, signerName, signerPosition, certificateSubject, certificateSerial, sha256);

    public DateTime SignedAtUtc { get; }

    /// <summary>The certificate holder's name (its common name), who really signed.</summary>
    public string SignerName { get; }

    /// <summary>The position the PDF prints under the signature (bilingual, "kk / ru"); may be empty.</summary>
    public string SignerPosition { get; }

    public string CertificateSubject { get; }
    public string CertificateSerial { get; }

    /// <summary>The signed PDF's SHA-256, 64 lower-case hex digits.</summary>
    public string Sha256 { get; }

    public static PdfSignature Of(DateTime signedAtUtc, string signerName, string signerPosition, string certificateSubject, string certificateSerial,
        string sha256)
    {
        if (signedAtUtc.Kind != DateTimeKind.Utc) throw new ArgumentException("A signature's time is a UTC instant.", nameof(signedAtUtc));
        Require(signerName, nameof(signerName));
        Require(certificateSubject, nameof(certificateSubject));
        Require(certificateSerial, nameof(certificateSerial));
        if (sha256 is not { Length: 64 } || !sha256.All(char.IsAsciiHexDigitLower))
            throw new ArgumentException("A signed PDF's SHA-256 is 64 lower-case hex digits.", nameof(sha256));
        ArgumentNullException.ThrowIfNull(signerPosition);
        return new PdfSignature(signedAtUtc, signerName, signerPosition, certificateSubject, certificateSerial, sha256);
    }

    /// <summary>The SHA-256 a signature registers for these bytes, and that a PDF offered for verification is looked up by.</summary>
    public static string Sha256Of(ReadOnlySpan<byte> pdf) => Convert.ToHexStringLower(SHA256.HashData(pdf));

    /// <summary>These are exactly the bytes that were signed.</summary>
    public bool Fixes(ReadOnlySpan<byte> pdf) => Sha256Of(pdf) == Sha256;

    private static void Require(string value, string name)
    {
        if (string.IsNullOrWhiteSpace(value)) throw new ArgumentException($"A signature needs its {name}.", name);
    }
}
