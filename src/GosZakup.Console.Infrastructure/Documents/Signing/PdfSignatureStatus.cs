namespace GosZakup.Console.Infrastructure.Documents.Signing;

/// <summary>What verifying a signed PDF found; anything but <see cref="Valid"/> means the document cannot be relied on.</summary>
public enum PdfSignatureStatus
{
    Valid,
    NoSignature,
    /// <summary>A signature whose CMS cannot be read, or without the signer's certificate.</summary>
    Malformed,
    /// <summary>The signed bytes' digest differs from the one that was signed: the document was changed.</summary>
    DigestMismatch,
    /// <summary>The signature value does not match the signer's certificate.</summary>
    BadSignature,
    /// <summary>The certificate was not valid at the signing time it states.</summary>
    CertificateExpiredAtSigning,
    /// <summary>The certificate does not chain to a trusted root.</summary>
    UntrustedChain,
    /// <summary>The signature holds, but bytes were appended to the file after the signed range.</summary>
    ChangedAfterSigning,
    /// <summary>Not examined: the file holds more signature markers than any signed document of the console has
    /// (<see cref="PdfSignatureVerifier.MaxSignatureMarkers"/>); a crafted file must not buy unbounded server time.</summary>
    TooManySignatures,
    /// <summary>Not decided: the check did not finish within the time the caller allowed.</summary>
    NotCheckedInTime,
}
