namespace GosZakup.Console.Infrastructure.Documents.Signing;

/// <summary>Why a PKCS#12 file can or cannot sign an Act; each has its own message for the signer.</summary>
public enum SigningCertificateCode
{
    Usable,
    /// <summary>The file is not a PKCS#12 (.p12/.pfx) file.</summary>
    Unreadable,
    WrongPassword,
    NoPrivateKey,
    /// <summary>The key is not RSA (NCA issues RSA keys for signing).</summary>
    NotRsa,
    NotYetValid,
    Expired,
    /// <summary>The key usage lacks digitalSignature or nonRepudiation: e.g. an NCA authentication (AUTH) certificate.</summary>
    WrongKeyUsage,
    /// <summary>Its serial number or thumbprint is on the console's configured revocation list.</summary>
    Revoked,
}
