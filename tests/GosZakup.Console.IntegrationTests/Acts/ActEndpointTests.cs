using System.Net;
using GosZakup.Console.IntegrationTests.Documents.Signing;

namespace GosZakup.Console.IntegrationTests.Acts;

/// <summary>The real host in Development: the demo CA, the demo Supervisors' certificates and the demo Acts exist; the
/// signed Act is public, the draft preview is not. The run's one shared host: a second host would leave Hangfire's
/// process-wide log provider on its disposed logger factory (see HangfireLogging).</summary>
public sealed class ActEndpointTests(ConsoleFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_demo_signed_Act_is_public_and_valid_and_the_draft_preview_needs_a_desk_role()
    {
        var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });
        Assert.True(File.Exists(Path.Combine(factory.DataFolder, "certificates", "supervisor_demo.kz.p12")));

        var signed = await anonymous.GetAsync("/verify/acts/2026-001/pdf", Ct);
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        Assert.Equal("application/pdf", signed.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Signature Validation: Signature is Valid.", await Pdfsig.ReportAsync(await signed.Content.ReadAsByteArrayAsync(Ct), Ct));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/verify/acts/2026-002/pdf", Ct)).StatusCode); // submitted, not signed
        var page = await anonymous.GetStringAsync("/verify/acts/2026-001", Ct);
        Assert.Contains("data-valid=\"true\"", page);

        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync("/acts/2026-002/preview.pdf", Ct)).StatusCode);
        var desk = await SignIn.AsAsync(factory, "operator@demo.kz");
        var preview = await desk.GetAsync("/acts/2026-002/preview.pdf", Ct);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString((await preview.Content.ReadAsByteArrayAsync(Ct))[..4]));
    }

    [Fact]
    public async Task The_Working_Group_reads_published_Acts_only()
    {
        var workingGroup = await SignIn.AsAsync(factory, "wg@demo.kz");

        Assert.Equal(HttpStatusCode.NotFound, (await workingGroup.GetAsync("/acts/2026-002/preview.pdf", Ct)).StatusCode); // a draft awaiting signature
        var list = await workingGroup.GetStringAsync("/acts", Ct);
        Assert.Contains("2026-001", list);
        Assert.DoesNotContain("2026-002", list);
        Assert.Contains("2026-002", await (await SignIn.AsAsync(factory, "manager@demo.kz")).GetStringAsync("/acts", Ct));
    }
}
