using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace GosZakup.Console.Infrastructure.Documents.Signing;

/// <summary>Opens a signer's PKCS#12 file with the password typed at signing time (never kept) and checks that the
/// certificate may sign: an RSA private key, valid now by the console's clock, key usage digitalSignature and
/// nonRepudiation (as NCA signing certificates have), and not revoked by configuration. Each refusal is a
/// <see cref="SigningCertificateCode"/>, never an exception.</summary>
/// <param name="revoked">Serial numbers or SHA-1 thumbprints, in hex; case, spaces and colons are ignored.</param>
public sealed class SigningCertificate(TimeProvider clock, IEnumerable<string> revoked)
{
    private readonly HashSet<string> revoked = revoked.Select(Normalize).Where(s => s.Length > 0).ToHashSet(StringComparer.Ordinal);

    public SigningCertificateResult Open(byte[] pkcs12, string password)
    {
        if (!TryVerifyPassword(pkcs12, password, out var code))
            return new SigningCertificateResult(code, null);

        X509Certificate2Collection all;
        try
        {
            all = X509CertificateLoader.LoadPkcs12Collection(pkcs12, password, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException)
        {
            return new SigningCertificateResult(SigningCertificateCode.Unreadable, null);
        }

        var certificate = all.FirstOrDefault(c => c.HasPrivateKey);
        foreach (var other in all.Where(c => !ReferenceEquals(c, certificate)))
            other.Dispose();
        if (certificate is null)
            return new SigningCertificateResult(SigningCertificateCode.NoPrivateKey, null);

        var check = Check(certificate);
        if (check == SigningCertificateCode.Usable)
            return new SigningCertificateResult(check, certificate);
        certificate.Dispose();
        return new SigningCertificateResult(check, null);
    }

    /// <summary>The checks of <see cref="Open"/> on a certificate already loaded.</summary>
    public SigningCertificateCode Check(X509Certificate2 certificate)
    {
        if (!certificate.HasPrivateKey)
            return SigningCertificateCode.NoPrivateKey;
        using (var rsa = certificate.GetRSAPrivateKey())
            if (rsa is null)
                return SigningCertificateCode.NotRsa;

        var now = clock.GetUtcNow().UtcDateTime;
        if (now < certificate.NotBefore.ToUniversalTime())
            return SigningCertificateCode.NotYetValid;
        if (now > certificate.NotAfter.ToUniversalTime())
            return SigningCertificateCode.Expired;

        const X509KeyUsageFlags needed = X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation;
        var usage = certificate.Extensions.OfType<X509KeyUsageExtension>().FirstOrDefault();
        if (usage is null || (usage.KeyUsages & needed) != needed)
            return SigningCertificateCode.WrongKeyUsage;

        if (IsListed(certificate.SerialNumber) || IsListed(certificate.Thumbprint))
            return SigningCertificateCode.Revoked;
        return SigningCertificateCode.Usable;
    }

    /// <summary>Whether a serial number or thumbprint (hex, any case, spaces and colons ignored) is on the revocation list.</summary>
    public bool IsListed(string serialOrThumbprint) => revoked.Contains(Normalize(serialOrThumbprint));

    // The MAC tells a wrong password apart from a file that is not PKCS#12 at all.
    private static bool TryVerifyPassword(byte[] pkcs12, string password, out SigningCertificateCode code)
    {
        code = SigningCertificateCode.Usable;
        Pkcs12Info info;
        try
        {
            info = Pkcs12Info.Decode(pkcs12, out var read, skipCopy: true);
            if (read != pkcs12.Length) throw new CryptographicException("Trailing bytes after the PKCS#12 data.");
        }
        catch (CryptographicException)
        {
            code = SigningCertificateCode.Unreadable;
            return false;
        }
        if (info.IntegrityMode == Pkcs12IntegrityMode.Password && !info.VerifyMac(password))
        {
            code = SigningCertificateCode.WrongPassword;
            return false;
        }
        return true;
    }

    private static string Normalize(string hex) =>
        string.Concat(hex.Where(char.IsAsciiHexDigit)).ToUpperInvariant().TrimStart('0');
}
