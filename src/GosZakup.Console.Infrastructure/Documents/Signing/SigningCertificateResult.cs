using System.Security.Cryptography.X509Certificates;

namespace GosZakup.Console.Infrastructure.Documents.Signing;

/// <summary>The outcome of opening a signing certificate; <see cref="Certificate"/> (with its private key) is set only
/// when <see cref="Code"/> is <see cref="SigningCertificateCode.Usable"/>. Dispose it when signing is done.</summary>
public sealed class SigningCertificateResult(SigningCertificateCode code, X509Certificate2? certificate) : IDisposable
{
    public SigningCertificateCode Code { get; } = code;

    public X509Certificate2? Certificate { get; } = certificate;

    public bool IsUsable => Code == SigningCertificateCode.Usable;

    public void Dispose() => Certificate?.Dispose();
}
