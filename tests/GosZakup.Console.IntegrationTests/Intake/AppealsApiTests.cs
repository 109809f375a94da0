using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Integrations;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Localization;
using GosZakup.Console.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace GosZakup.Console.IntegrationTests.Intake;

public class AppealsApiTests(ConsoleFactory factory)
{
    private const string DevKey = "dev-only-goszakup-console-key"; // appsettings.Development.json

    private HttpClient Client(string? key = DevKey)
    {
        var client = factory.NewClient();
        if (key is not null) client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private static string AstanaNow(int minutesAgo = 1) =>
        DateTimeOffset.UtcNow.AddMinutes(-minutesAgo).ToOffset(TimeSpan.FromHours(5)).ToString("yyyy-MM-dd'T'HH:mm:sszzz");

    private static object Appeal(string? taxpayer = "080340000123", string? receivedAt = null, string channel = "Monitoring",
        string description = "Портал не отвечает") => new
        {
            channel, receivedAt = receivedAt ?? AstanaNow(), organisation = "ТОО «Ақ Жол»", taxpayerNumber = taxpayer, email = "ops@akzhol.kz", description,
        };

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Clone();

    [Fact]
    public async Task A_posted_appeal_answers_201_with_its_registration_clock_in_Astana_time()
    {
        var response = await Client().PostAsJsonAsync("/api/v1/appeals", Appeal(), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.EndsWith("+05:00", body.GetProperty("registrationDueAt").GetString());
        Assert.EndsWith("+05:00", body.GetProperty("receivedAt").GetString());
        Assert.Equal("Monitoring", body.GetProperty("channel").GetString());
    }

    [Fact]
    public async Task A_retry_with_the_same_Idempotency_Key_never_opens_a_second_appeal()
    {
        var key = Guid.NewGuid().ToString();
        var appeal = Appeal(); // one body: a second Appeal() across a second's boundary is another body, rightly refused with 422
        HttpRequestMessage Request() =>
            new(HttpMethod.Post, "/api/v1/appeals") { Content = JsonContent.Create(appeal), Headers = { { "Idempotency-Key", key } } };

        var first = await Client().SendAsync(Request(), TestContext.Current.CancellationToken);
        var second = await Client().SendAsync(Request(), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal((await JsonAsync(first)).GetProperty("id").GetString(), (await JsonAsync(second)).GetProperty("id").GetString());
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("not-a-key", HttpStatusCode.Unauthorized)]
    public async Task Without_a_valid_key_the_API_refuses(string? key, HttpStatusCode status)
    {
        var response = await Client(key).PostAsJsonAsync("/api/v1/appeals", Appeal(), TestContext.Current.CancellationToken);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(401, (await JsonAsync(response)).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task An_issued_key_works_until_it_is_revoked_and_only_its_hash_is_stored()
    {
        var (key, record) = ApiKeyRecord.Issue("Zabbix", "admin@demo.kz", DateTime.UtcNow);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Set<ApiKeyRecord>().Add(record);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
        Assert.Equal(HttpStatusCode.Created,
            (await Client(key).PostAsJsonAsync("/api/v1/appeals", Appeal(), TestContext.Current.CancellationToken)).StatusCode);
        Assert.DoesNotContain(key, record.Hash);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            (await db.Set<ApiKeyRecord>().SingleAsync(k => k.Id == record.Id, TestContext.Current.CancellationToken)).RevokedAtUtc = DateTime.UtcNow;
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await Client(key).PostAsJsonAsync("/api/v1/appeals", Appeal(), TestContext.Current.CancellationToken)).StatusCode);
    }

    private static object BadAppeal(string why) => why switch
    {
        "wrong BIN check digit" => Appeal(taxpayer: "080340000124"),
        "no offset" => Appeal(receivedAt: "2026-11-20T12:50:00"),
        "in the future" => Appeal(receivedAt: DateTimeOffset.UtcNow.AddHours(2).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'")),
        "40 days old" => Appeal(receivedAt: DateTimeOffset.UtcNow.AddDays(-40).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'")),
        "unknown channel" => Appeal(channel: "Pigeon"),
        "description too long" => Appeal(description: new string('x', 10_001)),
        "script in the description" => Appeal(description: "<script>alert(1)</script>"),
        _ => throw new ArgumentOutOfRangeException(nameof(why)),
    };

    [Theory]
    [InlineData("wrong BIN check digit", "taxpayerNumber")]
    [InlineData("no offset", "receivedAt")]
    [InlineData("in the future", "receivedAt")]
    [InlineData("40 days old", "receivedAt")]
    [InlineData("unknown channel", "channel")]
    [InlineData("description too long", "description")]
    [InlineData("script in the description", "description")]
    public async Task Bad_input_gets_400_naming_the_field_and_saves_nothing(string why, string field)
    {
        var before = await CountAsync();

        var response = await Client().PostAsJsonAsync("/api/v1/appeals", BadAppeal(why), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await JsonAsync(response)).GetProperty("errors").TryGetProperty(field, out _), why);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Bad_input_is_a_problem_with_code_invalid_and_the_message_in_the_callers_language()
    {
        var client = Client();
        client.DefaultRequestHeaders.Add("Accept-Language", Cultures.Kazakh);

        var response = await client.PostAsJsonAsync("/api/v1/appeals", BadAppeal("wrong BIN check digit"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await JsonAsync(response);
        Assert.Equal("invalid", problem.GetProperty("code").GetString());
        Assert.Equal("taxpayerNumber: " + InCulture(Cultures.Kazakh, "Appeal.TaxpayerNumberInvalid"),
            problem.GetProperty("errors").GetProperty("taxpayerNumber")[0].GetString());
        Assert.NotEqual(InCulture(Cultures.Kazakh, "Appeal.TaxpayerNumberInvalid"), InCulture(Cultures.English, "Appeal.TaxpayerNumberInvalid"));
    }

    [Fact]
    public async Task A_value_that_does_not_parse_is_a_problem_with_code_invalid_too()
    {
        var response = await Client().PostAsJsonAsync("/api/v1/appeals", BadAppeal("unknown channel"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid", (await JsonAsync(response)).GetProperty("code").GetString());
    }

    private string InCulture(string culture, string key)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            return factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>()[key];
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public async Task A_firing_alert_opens_one_monitoring_appeal_and_its_repeats_open_none()
    {
        var fingerprint = Guid.NewGuid().ToString("N")[..16];
        var alert = new
        {
            status = "firing",
            alerts = new object[]
            {
                new { status = "firing", fingerprint, startsAt = DateTimeOffset.UtcNow.AddMinutes(-3),
                      labels = new Dictionary<string, string> { ["alertname"] = "PortalDown", ["instance"] = "app-node-3" },
                      annotations = new Dictionary<string, string> { ["summary"] = "HTTP 5xx > 5% <for 5m>" } },
                new { status = "resolved", fingerprint = "old", startsAt = DateTimeOffset.UtcNow.AddHours(-1) },
            },
        };

        var first = await JsonAsync(await Client().PostAsJsonAsync("/api/v1/integrations/alertmanager", alert, TestContext.Current.CancellationToken));
        var repeat = await JsonAsync(await Client().PostAsJsonAsync("/api/v1/integrations/alertmanager", alert, TestContext.Current.CancellationToken));

        Assert.Equal((1, 0, 1), (first.GetProperty("opened").GetInt32(), first.GetProperty("repeated").GetInt32(), first.GetProperty("ignored").GetInt32()));
        Assert.Equal((0, 1), (repeat.GetProperty("opened").GetInt32(), repeat.GetProperty("repeated").GetInt32()));
        await using var scope = factory.Services.CreateAsyncScope();
        var appeal = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<AppealRecord>()
            .SingleAsync(a => a.OrganisationName == "Monitoring: app-node-3" && a.IdempotencyKey!.Contains(fingerprint), TestContext.Current.CancellationToken);
        Assert.Contains("PortalDown", appeal.Description);
        Assert.NotNull(appeal.DetectedAtUtc);
    }

    [Fact]
    public async Task The_appeals_API_is_in_the_OpenAPI_document()
    {
        var document = await factory.NewClient().GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);

        Assert.Contains("/api/v1/appeals", document);
        Assert.Contains("/api/v1/integrations/alertmanager", document);
    }

    private async Task<int> CountAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<AppealRecord>().CountAsync(TestContext.Current.CancellationToken);
    }
}
