using System.Net;
using MiniExcelLibs;

namespace GosZakup.Console.IntegrationTests.Journal;

/// <summary>The downloads through the real host: the demo data fills the Journal with registered incidents.</summary>
public class JournalEndpointTests(ConsoleFactory factory)
{
    [Theory]
    [InlineData("/journal/export.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx")]
    [InlineData("/journal/export.pdf", "application/pdf", ".pdf")]
    public async Task A_Journal_user_downloads_the_filtered_journal(string path, string contentType, string extension)
    {
        var client = await SignIn.AsAsync(factory, "operator@demo.kz");

        var response = await client.GetAsync(path + "?sort=Number&desc=false", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Matches($@"^register-journal-\d{{8}}\{extension}$",
            response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_spreadsheet_download_has_the_demo_incidents()
    {
        var client = await SignIn.AsAsync(factory, "specialist@demo.kz");

        var bytes = await client.GetByteArrayAsync("/journal/export.xlsx", TestContext.Current.CancellationToken);

        using var stream = new MemoryStream(bytes);
        var numbers = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().Select(r => r["№"]?.ToString()).ToList();
        Assert.NotEmpty(numbers);
        Assert.All(numbers, n => Assert.StartsWith("INC-", n));
    }

    [Fact]
    public async Task Right_after_the_start_the_F1_pdf_names_the_demo_operator_and_the_operators_head()
    {
        var client = await SignIn.AsAsync(factory, "specialist@demo.kz");

        var bytes = await client.GetByteArrayAsync("/journal/export.pdf", TestContext.Current.CancellationToken);

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        var text = Documents.ActF2PdfTests.AllText(pdf);
        // assets/demo/users.json and appsettings.Development.json (Forms:Operator).
        Assert.Contains(Documents.ActF2PdfTests.Squeeze("Нұрланқызы Айгерім / Нурланкызы Айгерим"), text);
        Assert.Contains(Documents.ActF2PdfTests.Squeeze("Тоқтарова Әсел Болатқызы / Токтарова Асель Болатовна"), text);
        Assert.DoesNotContain("@demo.kz", text);
    }

    [Theory]
    [InlineData("/journal/export.xlsx")]
    [InlineData("/journal/export.pdf")]
    public async Task A_WorkingGroup_user_is_refused_with_403(string path)
    {
        var client = await SignIn.AsAsync(factory, "wg@demo.kz");

        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_filter_that_cannot_be_read_is_answered_400_in_the_users_language()
    {
        var client = await SignIn.AsAsync(factory, "operator@demo.kz"); // Kazakh is this user's language

        var response = await client.GetAsync("/journal/export.pdf?from=20.11.2026", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("оқылмайтын сүзгі", problem.RootElement.GetProperty("detail").GetString());
    }
}
