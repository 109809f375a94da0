namespace GosZakup.Console.Web.Features.Acts;

/// <summary>The configuration sections <c>Acts</c> and <c>Signing</c>: where the Act's QR code points, and which
/// certificates the console trusts or refuses. What form F2 prints about the operator is <c>Forms:Operator</c>.</summary>
public sealed class ActsOptions
{
    /// <summary>The console's public address, e.g. <c>https://console.goszakup.gov.kz</c>: the Act's QR code and the
    /// announcement link to <c>{PublicBaseUrl}/verify/acts/{number}</c>. Empty: <c>Public:BaseUrl</c>; when that is empty too,
    /// the address the signer's browser used.</summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>The most seconds the public page spends checking one uploaded PDF (a real Act takes well under one);
    /// past it the visitor reads that the file could not be checked in time.</summary>
    public int VerificationSeconds { get; set; } = 5;
}

/// <summary>The configuration section <c>Signing</c>.</summary>
public sealed class SigningOptions
{
    /// <summary>Files (.cer DER or PEM) of the root certificates signatures must chain to, e.g. NCA RK's roots.</summary>
    public string[] TrustedRoots { get; set; } = [];

    /// <summary>Serial numbers or SHA-1 thumbprints (hex) of certificates that may no longer sign.</summary>
    public string[] Revoked { get; set; } = [];

    /// <summary>Development: create a demo certification authority under the data folder and issue certificates to
    /// the demo Supervisors. Never on in production.</summary>
    public bool DemoAuthority { get; set; }
}
