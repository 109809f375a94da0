using System.Security.Cryptography.X509Certificates;
using BenchmarkDotNet.Attributes;
using GosZakup.Console.Infrastructure.Documents;
using GosZakup.Console.Infrastructure.Documents.Signing;

namespace GosZakup.Console.Benchmarks;

/// <summary>Issue 7: signing an Act with a Supervisor's certificate (RSA 2048, SHA-256, detached CMS embedded by
/// PDFsharp). The certificate comes from a demo CA made once in a temp folder and is opened once, as the console does
/// after the Supervisor typed the password. Until the F2 layout exists, a one-page F1 journal with one row stands in
/// for the Act: <c>Sign</c> signs it already rendered, <c>RenderAndSign</c> renders it too, <c>Verify</c> checks the
/// signed file as the verification page does.</summary>
[Config(typeof(OneCoreConfig))]
public class SignActBenchmarks
{
    private static readonly DateTime SignedAt = new(2026, 11, 20, 7, 10, 0, DateTimeKind.Utc);

    private string folder = null!;
    private X509Certificate2 certificate = null!;
    private PdfSigner signer = null!;
    private PdfSignatureVerifier verifier = null!;
    private byte[] unsigned = null!;
    private byte[] signed = null!;
    private readonly PdfSigningOptions options = new("Approval of Act No. 1/2026 (R2 §17)");

    [GlobalSetup]
    public void Setup()
    {
        PdfLicensing.Declare(null);
        folder = Directory.CreateTempSubdirectory("goszakup-bench-sign-").FullName;
        var clock = new FixedClock(new DateTimeOffset(SignedAt));
        var authority = new DemoCertificateAuthority(folder, new FixedClock(new DateTimeOffset(2026, 1, 10, 6, 0, 0, TimeSpan.Zero)));
        var issued = authority.EnsureIssued([new DemoPerson("Әлия Нұрланқызы Сейітова", "supervisor@demo.kz", "880715400123")]).People[0];
        var opened = new SigningCertificate(clock, []).Open(File.ReadAllBytes(issued.Pkcs12Path), issued.Password);
        certificate = opened.Certificate ?? throw new InvalidOperationException($"The demo certificate is {opened.Code}.");
        signer = new PdfSigner(clock);
        verifier = new PdfSignatureVerifier([authority.LoadRoot()], clock);
        unsigned = Render();
        signed = Sign();
        if (!verifier.Verify(signed).IsValid)
            throw new InvalidOperationException("The benchmark's signed PDF does not verify.");
    }

    [Benchmark(Baseline = true)]
    public byte[] Sign() => signer.Sign(unsigned, certificate, options);

    [Benchmark]
    public byte[] RenderAndSign() => signer.Sign(Render(), certificate, options);

    [Benchmark]
    public bool Verify() => verifier.Verify(signed).IsValid;

    [GlobalCleanup]
    public void Cleanup()
    {
        certificate.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private static byte[] Render() => RegisterJournalPdf.Render(
        [new F1Row("INC-2026-000001", "ТОО «Ақ Жол»", "900101300816", "20.11.2026 11:40", "user@company.kz, +7 701 234 56 78",
            "Қате: ә ғ қ ң ө ұ ү һ і — не открывается раздел ценовых предложений", "Оператор", "Подтверждено", "20.11.2026 12:05",
            "Сбой системы", "Перезапуск модуля")],
        SignedAt);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
