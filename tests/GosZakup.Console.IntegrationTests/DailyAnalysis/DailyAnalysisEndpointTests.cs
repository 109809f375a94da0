using System.Net;
using UglyToad.PdfPig;
using static GosZakup.Console.IntegrationTests.Documents.ActF2PdfTests;

namespace GosZakup.Console.IntegrationTests.DailyAnalysis;

/// <summary>The page's PDF through the real host, with its policy (Manager, Supervisor, Working Group).</summary>
public class DailyAnalysisEndpointTests(ConsoleFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("manager@demo.kz")]
    [InlineData("supervisor@demo.kz")]
    [InlineData("wg@demo.kz")]
    public async Task A_reports_reader_downloads_a_days_analysis_as_PDF(string email)
    {
        var client = await SignIn.AsAsync(factory, email);

        var response = await client.GetAsync("/reports/daily/2026-11-20.pdf", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync(Ct));
        Assert.Contains(Squeeze("Ежедневный анализ технических сбоев"), AllText(pdf));
        Assert.Contains(Squeeze("20.11.2026 00:00 – 21.11.2026 00:00 (UTC+5)"), AllText(pdf));
    }

    [Fact]
    public async Task An_operator_is_refused_with_403()
    {
        var client = await SignIn.AsAsync(factory, "operator@demo.kz");

        var response = await client.GetAsync("/reports/daily/2026-11-20.pdf", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_date_that_is_not_a_day_is_not_found()
    {
        var client = await SignIn.AsAsync(factory, "manager@demo.kz");

        var response = await client.GetAsync("/reports/daily/2026-02-30.pdf", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_page_is_served_to_a_Manager()
    {
        var client = await SignIn.AsAsync(factory, "manager@demo.kz");

        var response = await client.GetAsync("/reports/daily/2026-11-20", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
