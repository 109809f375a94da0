using System.Security.Cryptography.X509Certificates;
using GosZakup.Console.Infrastructure.Documents.Signing;
using Microsoft.Extensions.Time.Testing;

namespace GosZakup.Console.IntegrationTests.Documents.Signing;

public class DemoCertificateAuthorityTests(DemoCaFixture ca) : IClassFixture<DemoCaFixture>
{
    [Fact]
    public void A_second_start_reuses_the_CA_and_the_issued_certificates()
    {
        var again = new DemoCertificateAuthority(ca.Folder, new FakeTimeProvider(DemoCaFixture.SignedAt)).EnsureIssued([DemoCaFixture.Supervisor]);

        Assert.Equal(ca.SupervisorCertificate.Thumbprint, Assert.Single(again.People).Thumbprint);
        using var root = X509CertificateLoader.LoadCertificateFromFile(again.RootCerPath);
        Assert.Equal(ca.Root.Thumbprint, root.Thumbprint);
    }

    [Fact]
    public void The_root_is_an_RSA_3072_CA_for_ten_years_written_as_cer_and_pem()
    {
        using var pem = X509Certificate2.CreateFromPem(File.ReadAllText(ca.Issued.RootPemPath));

        Assert.Equal(ca.Root.Thumbprint, pem.Thumbprint);
        Assert.Equal(3072, ca.Root.GetRSAPublicKey()!.KeySize);
        Assert.True(ca.Root.Extensions.OfType<X509BasicConstraintsExtension>().Single().CertificateAuthority);
        Assert.Equal(10, ca.Root.NotAfter.Year - ca.Root.NotBefore.Year, tolerance: 0);
    }

    [Fact]
    public void A_person_gets_an_NCA_shaped_RSA_2048_signing_certificate_for_two_years()
    {
        using var certificate = X509CertificateLoader.LoadPkcs12FromFile(ca.SupervisorCertificate.Pkcs12Path, DemoCertificateAuthority.DemoPassword,
            X509KeyStorageFlags.EphemeralKeySet);

        Assert.Equal(2048, certificate.GetRSAPublicKey()!.KeySize);
        Assert.Equal(DemoCaFixture.Supervisor.FullName, certificate.GetNameInfo(X509NameType.SimpleName, false));
        Assert.Equal(DemoCaFixture.Supervisor.Iin, SubjectIin.Of(certificate.SubjectName));
        Assert.Contains("E=supervisor@demo.kz", certificate.Subject);
        Assert.Contains($"O={DemoCertificateAuthority.Organization}", certificate.Subject);
        Assert.Equal(DemoCaFixture.SigningUsage, certificate.Extensions.OfType<X509KeyUsageExtension>().Single().KeyUsages);
        Assert.Equal(ca.Root.Subject, certificate.Issuer);
        Assert.Equal(DemoCaFixture.CreatedAt.UtcDateTime.AddYears(2), certificate.NotAfter.ToUniversalTime());
    }
}
