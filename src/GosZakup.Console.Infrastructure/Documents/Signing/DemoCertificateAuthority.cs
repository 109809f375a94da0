using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace GosZakup.Console.Infrastructure.Documents.Signing;

/// <summary>For Development only: a demo root certification authority in <c>folder</c> (created once) that issues
/// PKCS#12 signing certificates shaped like NCA's: RSA 2048, two years, digitalSignature and nonRepudiation, subject
/// <c>CN=&lt;full name&gt;, SERIALNUMBER=IIN&lt;12 digits&gt;, E=&lt;e-mail&gt;, O=АО «Центр электронных финансов», C=KZ</c>.
/// Its files and passwords are demo material, never secrets.</summary>
public sealed class DemoCertificateAuthority(string folder, TimeProvider clock)
{
    /// <summary>The password of every demo person's PKCS#12 file.</summary>
    public const string DemoPassword = "Demo-Sign-2026";

    public const string Organization = "АО «Центр электронных финансов»";
    public const string RootName = "GosZakup.Console Demo Root CA";

    // The CA's own key file; it never leaves the demo data folder.
    private const string RootKeyPassword = "demo-root-ca-key";
    private static readonly Pkcs12ExportPbeParameters Pbe = Pkcs12ExportPbeParameters.Pbes2Aes256Sha256;

    public string Folder { get; } = folder;
    public string RootCerPath => Path.Combine(Folder, "demo-root-ca.cer");
    public string RootPemPath => Path.Combine(Folder, "demo-root-ca.pem");
    private string RootKeyPath => Path.Combine(Folder, "demo-root-ca.key.p12");

    /// <summary>Creates the CA if it is missing and a certificate for each person who has none; a second call changes
    /// nothing. If the CA had to be created, every person's certificate is issued anew so that it chains to it.</summary>
    public DemoCertificates EnsureIssued(IEnumerable<DemoPerson> people)
    {
        Directory.CreateDirectory(Folder);
        var created = !File.Exists(RootKeyPath);
        using var root = created ? CreateRoot() : X509CertificateLoader.LoadPkcs12FromFile(RootKeyPath, RootKeyPassword, X509KeyStorageFlags.EphemeralKeySet);
        var issued = people.Select(person => created || !File.Exists(PathOf(person))
                ? Issue(root, person, DefaultValidity(), X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, PathOf(person))
                : Describe(person, PathOf(person)))
            .ToList();
        return new DemoCertificates(Folder, RootCerPath, RootPemPath, issued);
    }

    /// <summary>Issues one certificate with the given validity and key usage to <paramref name="pkcs12Path"/>, replacing
    /// the file; for tests of refused certificates. The CA must exist (<see cref="EnsureIssued"/>).</summary>
    public DemoCertificate Issue(DemoPerson person, DateTime notBeforeUtc, DateTime notAfterUtc, X509KeyUsageFlags usage, string pkcs12Path)
    {
        using var root = X509CertificateLoader.LoadPkcs12FromFile(RootKeyPath, RootKeyPassword, X509KeyStorageFlags.EphemeralKeySet);
        return Issue(root, person, (notBeforeUtc, notAfterUtc), usage, pkcs12Path);
    }

    /// <summary>The CA certificate (no private key), to trust when verifying demo signatures.</summary>
    public X509Certificate2 LoadRoot() => X509CertificateLoader.LoadCertificateFromFile(RootCerPath);

    private X509Certificate2 CreateRoot()
    {
        using var key = RSA.Create(3072);
        var subject = new X500DistinguishedNameBuilder();
        subject.AddCommonName(RootName);
        subject.AddOrganizationName("GosZakup.Console (demo)");
        subject.AddCountryOrRegion("KZ");
        var request = new CertificateRequest(subject.Build(), key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));

        var now = clock.GetUtcNow();
        using var root = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(10));
        var pkcs12 = root.ExportPkcs12(Pbe, RootKeyPassword);
        Write(RootCerPath, root.Export(X509ContentType.Cert));
        Write(RootPemPath, System.Text.Encoding.ASCII.GetBytes(root.ExportCertificatePem() + "\n"));
        Write(RootKeyPath, pkcs12);
        // Reloaded, so the returned certificate owns its key rather than sharing the one disposed here.
        return X509CertificateLoader.LoadPkcs12(pkcs12, RootKeyPassword, X509KeyStorageFlags.EphemeralKeySet);
    }

    private DemoCertificate Issue(X509Certificate2 root, DemoPerson person, (DateTime From, DateTime To) validity, X509KeyUsageFlags usage, string path)
    {
        if (person.Iin.Length != 12 || !person.Iin.All(char.IsAsciiDigit))
            throw new ArgumentException($"An IIN has 12 digits: {person.Iin}.", nameof(person));
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(Subject(person), key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.4")], false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(root, true, false));

        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F;
        using var issued = request.Create(root, Utc(validity.From), Utc(validity.To), serial);
        using var withKey = issued.CopyWithPrivateKey(key);
        Write(path, withKey.ExportPkcs12(Pbe, DemoPassword));
        return new DemoCertificate(person.FullName, person.Email, path, DemoPassword, issued.SerialNumber, issued.Thumbprint);
    }

    private static DemoCertificate Describe(DemoPerson person, string path)
    {
        using var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, DemoPassword, X509KeyStorageFlags.EphemeralKeySet);
        return new DemoCertificate(person.FullName, person.Email, path, DemoPassword, certificate.SerialNumber, certificate.Thumbprint);
    }

    private static X500DistinguishedName Subject(DemoPerson person)
    {
        var subject = new X500DistinguishedNameBuilder();
        subject.AddCommonName(person.FullName);
        subject.Add("2.5.4.5", "IIN" + person.Iin, UniversalTagNumber.PrintableString);
        subject.AddEmailAddress(person.Email);
        subject.AddOrganizationName(Organization);
        subject.AddCountryOrRegion("KZ");
        return subject.Build();
    }

    private (DateTime, DateTime) DefaultValidity()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return (now.AddHours(-1), now.AddYears(2));
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private string PathOf(DemoPerson person) =>
        Path.Combine(Folder, string.Concat(person.Email.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' ? c : '_')) + ".p12");

    // Written beside and moved, so a crash never leaves half a file that a later start would trust.
    private static void Write(string path, byte[] bytes)
    {
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }
}
