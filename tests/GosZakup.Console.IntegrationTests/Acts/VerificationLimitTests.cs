using System.Text;
using GosZakup.Console.Infrastructure.Documents.Signing;
using GosZakup.Console.Web.Features.Acts;
using GosZakup.Console.Web.Features.Acts.Signing;

namespace GosZakup.Console.IntegrationTests.Acts;

/// <summary>Issue 17: the public check is bounded. A file with more signature markers than any Act carries is refused
/// before any is examined, and a check past <c>Acts:VerificationSeconds</c> says it was not done in time; a real signed
/// Act is still verified in full (chain, digest, signer) by <see cref="ActSigningTests"/>.</summary>
public sealed class VerificationLimitTests : IAsyncLifetime
{
    private ActSigningScenario scenario = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        scenario = await ActSigningScenario.StartAsync();
        Assert.True((await scenario.SignAsync()).Succeeded);
    }

    public async ValueTask DisposeAsync() => await scenario.DisposeAsync();

    [Fact]
    public async Task The_signed_Act_with_its_signature_repeated_two_thousand_times_is_refused_unexamined()
    {
        var crafted = RepeatSignature(await scenario.SignedPdfAsync(), 2_000);

        var view = await scenario.Get<ActVerification>().ForPdfAsync(crafted, Ct);

        Assert.Equal(PdfSignatureStatus.TooManySignatures, view.Pdf.Status);
        Assert.Empty(view.Pdf.Signatures);
        Assert.False(view.IsGenuine);
    }

    [Theory]
    [InlineData(PdfSignatureVerifier.MaxSignatureMarkers, PdfSignatureStatus.ChangedAfterSigning)] // examined: the copies were appended
    [InlineData(PdfSignatureVerifier.MaxSignatureMarkers + 1, PdfSignatureStatus.TooManySignatures)]
    public async Task The_cap_counts_every_marker_in_the_file(int markers, PdfSignatureStatus expected)
    {
        var signed = await scenario.SignedPdfAsync();
        var crafted = RepeatSignature(signed, markers - signed.AsSpan().Count("/ByteRange"u8));

        var view = await scenario.Get<ActVerification>().ForPdfAsync(crafted, Ct);

        Assert.Equal(expected, view.Pdf.Status);
    }

    [Fact]
    public async Task A_check_that_outlasts_its_time_limit_says_the_file_was_not_checked_in_time()
    {
        scenario.Get<ActsOptions>().VerificationSeconds = 0;

        var view = await scenario.Get<ActVerification>().ForPdfAsync(await scenario.SignedPdfAsync(), Ct);

        Assert.Equal(PdfSignatureStatus.NotCheckedInTime, view.Pdf.Status);
        Assert.False(view.IsGenuine);
    }

    [Fact]
    public async Task Within_its_limits_the_signed_Act_is_still_verified_in_full()
    {
        var view = await scenario.Get<ActVerification>().ForPdfAsync(await scenario.SignedPdfAsync(), Ct);

        Assert.True(view.IsGenuine);
        Assert.Equal("Гүлнар Әбенова", view.Pdf.Signature!.SignerName);
    }

    /// <summary>The signed PDF with its own <c>/ByteRange</c> appended again and again: every copy names the real signed
    /// range and hole, so before the cap each was verified in full (2,000 took 10.5 s of server time).</summary>
    public static byte[] RepeatSignature(byte[] signed, int copies)
    {
        var text = Encoding.Latin1.GetString(signed);
        var start = text.IndexOf("/ByteRange", StringComparison.Ordinal);
        var marker = "\n<< /Type /Sig " + text[start..(text.IndexOf(']', start) + 1)] + " >>";
        return Encoding.Latin1.GetBytes(text + string.Concat(Enumerable.Repeat(marker, copies)));
    }
}
