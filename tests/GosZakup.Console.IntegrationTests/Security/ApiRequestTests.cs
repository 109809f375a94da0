using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace GosZakup.Console.IntegrationTests.Security;

/// <summary>The appeals API's answers to a reused Idempotency-Key and to a body that is not JSON.</summary>
public class ApiRequestTests(ConsoleFactory factory)
{
    private const string DevKey = "dev-only-goszakup-console-key"; // appsettings.Development.json
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Client(string? key = DevKey)
    {
        var client = factory.NewClient();
        if (key is not null) client.DefaultRequestHeaders.Add("X-Api-Key", key);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        return client;
    }

    private static object Appeal(string description) => new
    {
        channel = "Monitoring", receivedAt = DateTimeOffset.UtcNow.AddMinutes(-1).ToOffset(TimeSpan.FromHours(5)).ToString("yyyy-MM-dd'T'HH:mm:sszzz"),
        organisation = "ТОО «Ақ Жол»", email = "ops@akzhol.kz", description,
    };

    private static HttpRequestMessage Post(object appeal, string key) =>
        new(HttpMethod.Post, "/api/v1/appeals") { Content = JsonContent.Create(appeal), Headers = { { "Idempotency-Key", key } } };

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.Clone();

    [Fact]
    public async Task The_same_key_with_another_body_is_refused_with_422_and_the_same_body_still_returns_the_first_appeal()
    {
        var key = Guid.NewGuid().ToString();
        var first = Appeal("Портал не отвечает");

        var created = await Client().SendAsync(Post(first, key), Ct);
        var other = await Client().SendAsync(Post(Appeal("Другое обращение"), key), Ct);
        var retried = await Client().SendAsync(Post(first, key), Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("This Idempotency-Key was already used for a different request.", (await JsonAsync(other)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal((await JsonAsync(created)).GetProperty("id").GetString(), (await JsonAsync(retried)).GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_gets_415_with_a_valid_key()
    {
        var response =
            await Client().PostAsync("/api/v1/appeals", new StringContent("channel=Monitoring", Encoding.UTF8, "application/x-www-form-urlencoded"), Ct);

        Assert.True(response.StatusCode == HttpStatusCode.UnsupportedMediaType, await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("Send the body as JSON, with the header Content-Type: application/json.", (await JsonAsync(response)).GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-key")]
    public async Task Without_a_valid_key_a_wrong_content_type_still_gets_401(string? key)
    {
        var response = await Client(key).PostAsync("/api/v1/appeals", new StringContent("<appeal/>", Encoding.UTF8, "text/xml"), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_OpenAPI_document_still_describes_the_appeal_body()
    {
        var document = JsonDocument.Parse(await factory.NewClient().GetStringAsync("/openapi/v1.json", Ct)).RootElement;

        var body = document.GetProperty("paths").GetProperty("/api/v1/appeals").GetProperty("post").GetProperty("requestBody");
        Assert.True(body.GetProperty("content").TryGetProperty("application/json", out _));
    }

    [Fact]
    public async Task Broken_JSON_gets_400_in_words()
    {
        var response = await Client().PostAsync("/api/v1/appeals", new StringContent("{\"channel\": ", Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The body is not valid JSON for this request.", (await JsonAsync(response)).GetProperty("detail").GetString());
    }
}
