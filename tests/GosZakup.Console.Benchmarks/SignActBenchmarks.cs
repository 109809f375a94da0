using System.Security.Cryptography.X509Certificates;
using BenchmarkDotNet.Attributes;
using GosZakup.Console.Infrastructure.Documents;
using GosZakup.Console.Infrastructure.Documents.Signing;

namespace GosZakup.Console.Benchmarks;

/// <summary>Issue 7: signing an Act with a Supervisor's certificate (RSA 2048, SHA-256, detached CMS embedded by
/// PDFsharp). The certificate comes from a demo CA made once in a temp folder and is opened once, as the console does
/// after the Supervisor typed the password. The Act is form F2 with three suppliers: <c>Sign</c> signs it already
/// rendered, <c>RenderAndSign</c> renders it too (the figure: median ≤ 200 ms), <c>Verify</c> checks the signed
/// file as the verification page does.</summary>
[Config(typeof(OneCoreConfig))]
[MedianColumn]
public class SignActBenchmarks
{
    private static readonly DateTime SignedAt = new(2026, 11, 20, 7, 10, 0, DateTimeKind.Utc);

    private string folder = null!;
    private X509Certificate2 certificate = null!;
    private PdfSigner signer = null!;
    private PdfSignatureVerifier verifier = null!;
    private byte[] unsigned = null!;
    private byte[] signed = null!;
    private byte[] crafted = null!;
    private readonly PdfSigningOptions options = new("Approval of Act No. 1/2026 (R2 §17)");

    [GlobalSetup]
    public void Setup()
    {
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
        crafted = RepeatSignature(signed, 2_000);
    }

    [Benchmark(Baseline = true)]
    public byte[] Sign() => signer.Sign(unsigned, certificate, options);

    [Benchmark]
    public byte[] RenderAndSign() => signer.Sign(Render(), certificate, options);

    [Benchmark]
    public bool Verify() => verifier.Verify(signed).IsValid;

    /// <summary>Issue 17: the signed Act with its own /ByteRange appended 2,000 times, each copy naming the real signed range,
    /// as a crafted upload to the public page does. Unbounded, every copy was verified in full.</summary>
    [Benchmark]
    public PdfSignatureStatus VerifyRepeatedSignatures() => verifier.Verify(crafted).Status;

    private static byte[] RepeatSignature(byte[] pdf, int copies)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        var start = text.IndexOf("/ByteRange", StringComparison.Ordinal);
        var marker = "\n<< /Type /Sig " + text[start..(text.IndexOf(']', start) + 1)] + " >>";
        return System.Text.Encoding.Latin1.GetBytes(text + string.Concat(Enumerable.Repeat(marker, copies)));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        certificate.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    // An Act as the console draws one up: one procurement, three suppliers, both languages, the QR code.
    private static byte[] Render() => ActF2Pdf.Render(new ActDocument(
        "2026-001", SignedAt, new BilingualText("«Электрондық қаржы орталығы» АҚ", "АО «Центр электронных финансов»"),
        SignedAt.AddHours(-5), SignedAt.AddHours(-1), BilingualText.Same("Конкурс"), ["15431122-1"], ["38110511-ОК1"], true, Domain.Incidents.Severity.High,
        new BilingualText("Оператор қызметкерлерінің заңсыз әрекеттері", "Неправомерные действия работников оператора"),
        [
            new ActSupplier("ТОО «Сарыарқа Строй»", "150840017766", "15431122-1", "38110511-ОК1"),
            new ActSupplier("ТОО «Қазақ Құрылыс Инвест»", "090540001233", "15431122-1", "38110511-ОК1"),
            new ActSupplier("ТОО «Астана Ремонт Сервис»", "161140004565", "15431122-1", "38110511-ОК1"),
        ],
        new ActSignatory(new SingleOperator().HeadTitle, new BilingualText("Тоқтарова Әсел Болатқызы", "Токтарова Асель Болатовна")),
        "https://console.goszakup.gov.kz/verify/acts/2026-001"));

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
