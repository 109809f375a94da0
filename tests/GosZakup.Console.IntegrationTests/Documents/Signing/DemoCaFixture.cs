using System.Security.Cryptography.X509Certificates;
using GosZakup.Console.Infrastructure.Documents;
using GosZakup.Console.Infrastructure.Documents.Signing;
using GosZakup.Console.IntegrationTests.Journal;
using Microsoft.Extensions.Time.Testing;

namespace GosZakup.Console.IntegrationTests.Documents.Signing;

/// <summary>One demo certification authority for the signing tests, created in a temp folder on 10 January 2026, with
/// a certificate for a Supervisor; the tests sign on Friday 20 November 2026, 12:10 Astana time.</summary>
public sealed class DemoCaFixture : IDisposable
{
    public static readonly DateTimeOffset CreatedAt = new(2026, 1, 10, 6, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset SignedAt = new(2026, 11, 20, 7, 10, 0, TimeSpan.Zero);
    public const X509KeyUsageFlags SigningUsage = X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation;
    public const string Reason = "Утверждение акта № 1/2026 / № 1/2026 актіні бекіту (R2 §17)";
    public static readonly DemoPerson Supervisor = new("Әлия Нұрланқызы Сейітова", "supervisor@demo.kz", "880715400123");

    public DemoCaFixture()
    {
        Authority = new DemoCertificateAuthority(Folder, new FakeTimeProvider(CreatedAt));
        Issued = Authority.EnsureIssued([Supervisor]);
        Root = Authority.LoadRoot();
        UnsignedPdf = RegisterJournalPdf.Render([JournalData.Row(1, $"Қате: {JournalData.KazakhLetters}")], SignedAt.UtcDateTime, new SingleOperator());
    }

    public string Folder { get; } = Directory.CreateTempSubdirectory("goszakup-sign-").FullName;

    public DemoCertificateAuthority Authority { get; }

    public DemoCertificates Issued { get; }

    public DemoCertificate SupervisorCertificate => Issued.People[0];

    public X509Certificate2 Root { get; }

    public byte[] UnsignedPdf { get; }

    public FakeTimeProvider Clock() => new(SignedAt);

    public SigningCertificate Certificates(params string[] revoked) => new(Clock(), revoked);

    public PdfSignatureVerifier Verifier() => new([Root], Clock());

    /// <summary>The Supervisor's certificate, opened with its demo password on the signing day.</summary>
    public SigningCertificateResult OpenSupervisor() =>
        Certificates().Open(File.ReadAllBytes(SupervisorCertificate.Pkcs12Path), DemoCertificateAuthority.DemoPassword);

    public byte[] SignedPdf(string reason = Reason)
    {
        using var certificate = OpenSupervisor();
        return new PdfSigner(Clock()).Sign(UnsignedPdf, certificate.Certificate!, new PdfSigningOptions(reason));
    }

    public void Dispose()
    {
        Root.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
