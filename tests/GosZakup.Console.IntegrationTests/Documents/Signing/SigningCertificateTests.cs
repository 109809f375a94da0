using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using GosZakup.Console.Infrastructure.Documents.Signing;

namespace GosZakup.Console.IntegrationTests.Documents.Signing;

public class SigningCertificateTests(DemoCaFixture ca) : IClassFixture<DemoCaFixture>
{
    private static readonly DateTime February = new(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc);

    private SigningCertificateCode Open(string path, string password = DemoCertificateAuthority.DemoPassword, params string[] revoked)
    {
        using var result = ca.Certificates(revoked).Open(File.ReadAllBytes(path), password);
        Assert.Equal(result.IsUsable, result.Certificate is not null);
        return result.Code;
    }

    private string Issue(string name, DateTime from, DateTime to, X509KeyUsageFlags usage) =>
        ca.Authority.Issue(DemoCaFixture.Supervisor, from, to, usage, Path.Combine(ca.Folder, name + ".p12")).Pkcs12Path;

    [Fact]
    public void The_demo_supervisor_certificate_opens_with_its_private_key()
    {
        using var result = ca.OpenSupervisor();

        Assert.Equal(SigningCertificateCode.Usable, result.Code);
        Assert.True(result.Certificate!.HasPrivateKey);
        Assert.Equal(ca.SupervisorCertificate.Thumbprint, result.Certificate.Thumbprint);
    }

    [Fact]
    public void A_wrong_password_is_told_apart_from_a_file_that_is_not_PKCS12()
    {
        Assert.Equal(SigningCertificateCode.WrongPassword, Open(ca.SupervisorCertificate.Pkcs12Path, "not-the-password"));
        Assert.Equal(SigningCertificateCode.Unreadable, Open(ca.Issued.RootPemPath));
    }

    [Fact]
    public void An_expired_certificate_is_refused()
    {
        var path = Issue("expired", February, new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc), DemoCaFixture.SigningUsage);

        Assert.Equal(SigningCertificateCode.Expired, Open(path));
    }

    [Fact]
    public void A_certificate_not_yet_valid_is_refused()
    {
        var path = Issue("not-yet-valid", new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2027, 12, 1, 0, 0, 0, DateTimeKind.Utc),
            DemoCaFixture.SigningUsage);

        Assert.Equal(SigningCertificateCode.NotYetValid, Open(path));
    }

    [Theory]
    [InlineData(X509KeyUsageFlags.KeyEncipherment)]
    [InlineData(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment)] // an NCA authentication certificate
    [InlineData(X509KeyUsageFlags.NonRepudiation)]
    public void A_certificate_without_digital_signature_and_non_repudiation_is_refused(X509KeyUsageFlags usage)
    {
        var path = Issue($"usage-{(int)usage}", February, new DateTime(2027, 2, 1, 0, 0, 0, DateTimeKind.Utc), usage);

        Assert.Equal(SigningCertificateCode.WrongKeyUsage, Open(path));
    }

    [Fact]
    public void A_certificate_revoked_by_configuration_is_refused_by_serial_number_or_thumbprint()
    {
        var serial = ca.SupervisorCertificate.SerialNumber;
        var withColons = string.Join(':', serial.Chunk(2).Select(c => new string(c))).ToLowerInvariant();

        Assert.Equal(SigningCertificateCode.Revoked, Open(ca.SupervisorCertificate.Pkcs12Path, revoked: withColons));
        Assert.Equal(SigningCertificateCode.Revoked, Open(ca.SupervisorCertificate.Pkcs12Path, revoked: ca.SupervisorCertificate.Thumbprint));
        Assert.Equal(SigningCertificateCode.Usable, Open(ca.SupervisorCertificate.Pkcs12Path, revoked: "0123456789ABCDEF"));
    }

    [Fact]
    public void A_PKCS12_file_without_a_private_key_is_refused()
    {
        var path = Path.Combine(ca.Folder, "certificate-only.p12");
        File.WriteAllBytes(path, ca.Root.Export(X509ContentType.Pkcs12, DemoCertificateAuthority.DemoPassword));

        Assert.Equal(SigningCertificateCode.NoPrivateKey, Open(path));
    }

    [Fact]
    public void A_non_RSA_key_is_refused()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=EC signer", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(DemoCaFixture.SigningUsage, true));
        using var certificate = request.CreateSelfSigned(DemoCaFixture.CreatedAt, DemoCaFixture.CreatedAt.AddYears(2));
        var path = Path.Combine(ca.Folder, "ec.p12");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, DemoCertificateAuthority.DemoPassword));

        Assert.Equal(SigningCertificateCode.NotRsa, Open(path));
    }
}
