namespace GosZakup.Console.Infrastructure.Documents.Signing;

/// <summary>One signature of a PDF as verified. Certificate fields are empty when the CMS could not be read.</summary>
/// <param name="SignerName">The certificate's common name (CN).</param>
/// <param name="Iin">The 12 digits of SERIALNUMBER=IIN…, as in NCA certificates; null when the subject has none.</param>
/// <param name="SerialNumber">The certificate's serial number in hex.</param>
/// <param name="SigningTimeUtc">The signed signing-time attribute of the CMS.</param>
/// <param name="CoversWholeFile">The signed range reaches the last byte of the file.</param>
public sealed record PdfSignatureInfo(
    PdfSignatureStatus Status,
    string SignerName,
    string SignerSubject,
    string? Iin,
    string SerialNumber,
    string Thumbprint,
    string Issuer,
    DateTime? NotBeforeUtc,
    DateTime? NotAfterUtc,
    DateTime? SigningTimeUtc,
    string? Reason,
    string? Location,
    bool CoversWholeFile);
