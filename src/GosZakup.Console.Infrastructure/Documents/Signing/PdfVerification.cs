namespace GosZakup.Console.Infrastructure.Documents.Signing;

/// <summary>The verdict on a PDF: its signatures in file order and one status for the whole document.</summary>
public sealed record PdfVerification(PdfSignatureStatus Status, IReadOnlyList<PdfSignatureInfo> Signatures)
{
    public bool IsValid => Status == PdfSignatureStatus.Valid;

    /// <summary>The last signature, the one that should cover the final document; null when there is none.</summary>
    public PdfSignatureInfo? Signature => Signatures.Count == 0 ? null : Signatures[^1];

    /// <summary>Bytes were changed inside a signed range or appended after the last one.</summary>
    public bool ChangedAfterSigning => Status is PdfSignatureStatus.DigestMismatch or PdfSignatureStatus.ChangedAfterSigning;
}
