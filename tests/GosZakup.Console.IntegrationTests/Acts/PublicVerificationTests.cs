using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using GosZakup.Console.Web.Features.Acts.Signing;

namespace GosZakup.Console.IntegrationTests.Acts;

/// <summary>Issue 17: <c>/verify</c> answers a visitor who is not signed in with a plain form post on the real host (no
/// circuit, no JavaScript): the demo's signed Act is found genuine, a changed copy is refused, and a crafted or oversized
/// file gets a clear answer in the visitor's language instead of server time.</summary>
public sealed partial class PublicVerificationTests(ConsoleFactory factory)
{
    private const string SignedDemoAct = "2026-001";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_visitor_not_signed_in_posts_the_signed_Act_and_reads_that_it_is_genuine()
    {
        var client = factory.NewClient();

        var response = await PostAsync(client, await SignedPdfAsync(client));
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-valid=\"true\"", html);
        Assert.Contains("Подпись действительна", html);
        Assert.Matches($"data-testid=\"verify-act\"[^>]*>{SignedDemoAct}", html);
    }

    [Fact]
    public async Task A_changed_copy_of_the_Act_is_refused_as_changed_after_signing()
    {
        var client = factory.NewClient();
        var pdf = await SignedPdfAsync(client);
        pdf[IndexOf(pdf, "GosZakup.Console"u8)] = (byte)'F'; // inside the signed range

        var html = await (await PostAsync(client, pdf)).Content.ReadAsStringAsync(Ct);

        Assert.Contains("data-valid=\"false\"", html);
        Assert.Contains("Документ изменён после подписания", html);
    }

    [Fact]
    public async Task A_file_with_thousands_of_signature_markers_is_answered_at_once_without_being_examined()
    {
        var client = factory.NewClient();

        var html = await (await PostAsync(client, CraftedPdf(markers: 5_000))).Content.ReadAsStringAsync(Ct);

        Assert.Contains("data-valid=\"false\"", html);
        Assert.Contains("Файл не проверен: в нём больше подписей, чем бывает в подписанном акте " +
            $"(не более {Infrastructure.Documents.Signing.PdfSignatureVerifier.MaxSignatureMarkers})", html);
    }

    [Fact]
    public async Task A_file_over_the_cap_is_read_off_and_the_page_says_it_is_too_large()
    {
        var client = factory.NewClient();

        var response = await PostAsync(client, new byte[ActVerification.MaxUploadBytes + 100 * 1024]);
        var page = await client.GetStringAsync(response.Headers.Location!.OriginalString, Ct);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/verify?refused=too-large", response.Headers.Location.OriginalString);
        Assert.Contains("Файл больше 10 МБ", page);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_as_a_bad_request_not_sent_to_sign_in()
    {
        using var form = new MultipartFormDataContent { { new StringContent("verify-act"), "_handler" }, { Pdf(CraftedPdf(1)), "pdf", "act.pdf" } };

        var response = await factory.NewClient().PostAsync("/verify", form, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_verification_page_renders_its_form_for_a_visitor_without_a_circuit()
    {
        var html = await factory.NewClient().GetStringAsync("/verify", Ct);

        Assert.Contains("enctype=\"multipart/form-data\"", html);
        Assert.Contains("name=\"__RequestVerificationToken\"", html);
        Assert.DoesNotContain("\"type\":\"server\"", html); // no interactive component: nothing waits for a circuit
    }

    private async Task<byte[]> SignedPdfAsync(HttpClient client)
    {
        var response = await client.GetAsync($"/verify/acts/{SignedDemoAct}/pdf", Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"the demo's signed Act {SignedDemoAct}: {response.StatusCode}");
        return await response.Content.ReadAsByteArrayAsync(Ct);
    }

    /// <summary>Opens the page as a browser does (its antiforgery cookie and hidden fields) and posts the file with them.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, byte[] pdf)
    {
        var page = await client.GetStringAsync("/verify", Ct);
        using var form = new MultipartFormDataContent();
        foreach (Match hidden in HiddenField().Matches(page))
            form.Add(new StringContent(WebUtility.HtmlDecode(hidden.Groups["value"].Value)), hidden.Groups["name"].Value);
        form.Add(Pdf(pdf), "pdf", "act.pdf");
        return await client.PostAsync("/verify", form, Ct);
    }

    private static ByteArrayContent Pdf(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return content;
    }

    /// <summary>A PDF whose body repeats a signature's byte range marker: what cost 10.5 s of server time at 2,000.</summary>
    public static byte[] CraftedPdf(int markers)
    {
        var text = new StringBuilder("%PDF-1.7\n");
        for (var i = 0; i < markers; i++)
            text.Append("<< /Type /Sig /ByteRange [0 10 40 10] /Contents <3082> >>\n");
        return Encoding.ASCII.GetBytes(text.Append("%%EOF\n").ToString());
    }

    private static int IndexOf(byte[] haystack, ReadOnlySpan<byte> needle) => haystack.AsSpan().IndexOf(needle);

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenField();
}
