using System.Security.Cryptography.X509Certificates;
using System.Text;
using GosZakup.Console.Infrastructure.Documents.Signing;
using PdfSharp.Drawing;

namespace GosZakup.Console.IntegrationTests.Documents.Signing;

public class PdfSignerTests(DemoCaFixture ca) : IClassFixture<DemoCaFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void A_signed_PDF_verifies_with_the_signers_name_IIN_certificate_and_signing_time()
    {
        var result = ca.Verifier().Verify(ca.SignedPdf());

        Assert.Equal(PdfSignatureStatus.Valid, result.Status);
        Assert.False(result.ChangedAfterSigning);
        var signature = Assert.Single(result.Signatures);
        Assert.Equal(DemoCaFixture.Supervisor.FullName, signature.SignerName);
        Assert.Equal(DemoCaFixture.Supervisor.Iin, signature.Iin);
        Assert.Equal(ca.SupervisorCertificate.SerialNumber, signature.SerialNumber);
        Assert.Contains(DemoCertificateAuthority.RootName, signature.Issuer);
        Assert.Equal(DemoCaFixture.SignedAt.UtcDateTime, signature.SigningTimeUtc);
        Assert.Equal(DemoCaFixture.Reason, signature.Reason);
        Assert.Equal("Astana", signature.Location);
        Assert.True(signature.CoversWholeFile);
    }

    [Fact]
    public void The_signature_dictionary_states_the_signing_time_from_the_consoles_clock_in_Astana_time()
    {
        var text = Encoding.Latin1.GetString(ca.SignedPdf());

        Assert.Contains("/SubFilter/adbe.pkcs7.detached/M(D:20261120121000+05'00')", text);
    }

    [Fact]
    public void A_Kazakh_and_Russian_reason_is_written_as_a_UTF16_text_string()
    {
        var text = Encoding.Latin1.GetString(ca.SignedPdf());

        // PDFsharp breaks long hex strings over lines; whitespace inside a hex string is not part of it.
        var reason = text[text.IndexOf("/Reason<", StringComparison.Ordinal)..];
        var written = string.Concat(reason[..(reason.IndexOf('>') + 1)].Where(c => !char.IsWhiteSpace(c)));
        Assert.Equal($"/Reason<FEFF{Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(DemoCaFixture.Reason))}>", written);
    }

    [Fact]
    public async Task Pdfsig_finds_the_signature_valid_over_the_whole_document()
    {
        var report = await Pdfsig.ReportAsync(ca.SignedPdf(), Ct);

        Assert.Contains("Signature Validation: Signature is Valid.", report);
        Assert.Contains("Total document signed", report);
        Assert.Contains($"Signer Certificate Common Name: {DemoCaFixture.Supervisor.FullName}", report);
        Assert.Contains("Signing Time: Nov 20 2026 07:10:00", report);
        Assert.Contains("Signing Hash Algorithm: SHA-256", report);
    }

    [Fact]
    public async Task One_byte_changed_inside_the_signed_range_fails_in_the_console_and_in_pdfsig()
    {
        var changed = ca.SignedPdf();
        var at = Encoding.Latin1.GetString(changed).IndexOf("/Creator(GosZakup", StringComparison.Ordinal) + "/Creator(".Length;
        Assert.True(at > "/Creator(".Length);
        changed[at] = (byte)'g';

        var result = ca.Verifier().Verify(changed);
        var report = await Pdfsig.ReportAsync(changed, Ct);

        Assert.Equal(PdfSignatureStatus.DigestMismatch, result.Status);
        Assert.True(result.ChangedAfterSigning);
        Assert.Contains("Signature Validation: Digest Mismatch.", report);
        Assert.DoesNotContain("Signature is Valid", report);
    }

    [Fact]
    public void Bytes_appended_after_the_signed_range_mean_the_document_changed_after_signing()
    {
        var signed = ca.SignedPdf();
        byte[] appended = [.. signed, .. "\n% appended\n"u8];

        var result = ca.Verifier().Verify(appended);

        Assert.Equal(PdfSignatureStatus.ChangedAfterSigning, result.Status);
        Assert.True(result.ChangedAfterSigning);
        Assert.Equal(PdfSignatureStatus.Valid, result.Signature!.Status);
        Assert.False(result.Signature.CoversWholeFile);
    }

    [Fact]
    public void A_PDF_without_a_signature_says_so()
    {
        var result = ca.Verifier().Verify(ca.UnsignedPdf);

        Assert.Equal(PdfSignatureStatus.NoSignature, result.Status);
        Assert.Null(result.Signature);
    }

    [Fact]
    public void A_certificate_that_does_not_chain_to_a_trusted_root_is_untrusted()
    {
        var result = new PdfSignatureVerifier([], ca.Clock()).Verify(ca.SignedPdf());

        Assert.Equal(PdfSignatureStatus.UntrustedChain, result.Status);
        Assert.Equal(DemoCaFixture.Supervisor.FullName, result.Signature!.SignerName);
    }

    [Fact]
    public void A_signature_value_that_does_not_match_the_certificate_is_a_bad_signature()
    {
        var signed = ca.SignedPdf();
        var text = Encoding.Latin1.GetString(signed);
        // The RSA signature value is the last 256 bytes of the CMS, just before the zero padding of /Contents.
        var contents = text.IndexOf("/Contents<", StringComparison.Ordinal) + "/Contents<".Length;
        var end = text.IndexOf('>', contents);
        while (text[end - 1] == '0' && text[end - 2] == '0') end -= 2;
        signed[end - 10] = (byte)(signed[end - 10] == (byte)'A' ? 'B' : 'A');

        Assert.Equal(PdfSignatureStatus.BadSignature, ca.Verifier().Verify(signed).Status);
    }

    [Fact]
    public void A_certificate_expired_at_the_signing_time_is_reported()
    {
        var expired = ca.Authority.Issue(DemoCaFixture.Supervisor, new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc),
            new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc), DemoCaFixture.SigningUsage, Path.Combine(ca.Folder, "expired-for-verifier.p12"));
        using var certificate = X509CertificateLoader.LoadPkcs12FromFile(
            expired.Pkcs12Path, expired.Password, X509KeyStorageFlags.EphemeralKeySet);

        // PdfSigner leaves the refusal to SigningCertificate, so an expired certificate can still produce a signature to verify.
        var signed = new PdfSigner(ca.Clock()).Sign(ca.UnsignedPdf, certificate, new PdfSigningOptions("Test"));

        Assert.Equal(PdfSignatureStatus.CertificateExpiredAtSigning, ca.Verifier().Verify(signed).Status);
    }

    [Fact]
    public void Signing_the_same_bytes_twice_at_the_same_time_gives_a_valid_signature_each_time()
    {
        var first = ca.SignedPdf();
        var second = ca.SignedPdf();

        Assert.True(ca.Verifier().Verify(first).IsValid);
        Assert.True(ca.Verifier().Verify(second).IsValid);
    }

    [Fact]
    public async Task A_visible_stamp_on_page_one_keeps_the_signature_valid()
    {
        using var certificate = ca.OpenSupervisor();
        var stamped = new PdfSigner(ca.Clock()).Sign(ca.UnsignedPdf, certificate.Certificate!,
            new PdfSigningOptions("Approval", Stamp: new XRect(40, 40, 220, 44)));

        Assert.True(ca.Verifier().Verify(stamped).IsValid);
        Assert.Contains("Signature Validation: Signature is Valid.", await Pdfsig.ReportAsync(stamped, Ct));
    }

    [Fact]
    public void A_PDF_that_is_already_signed_is_not_signed_again()
    {
        using var certificate = ca.OpenSupervisor();

        Assert.Throws<InvalidOperationException>(() =>
            new PdfSigner(ca.Clock()).Sign(ca.SignedPdf(), certificate.Certificate!, new PdfSigningOptions("Again")));
    }
}
