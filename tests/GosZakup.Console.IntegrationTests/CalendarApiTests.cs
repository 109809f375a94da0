using System.Net;
using System.Text.Json;

namespace GosZakup.Console.IntegrationTests;

public class CalendarApiTests(ConsoleFactory factory)
{
    private async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string url, HttpClient? client = null)
    {
        var response = await (client ?? factory.NewClient()).GetAsync(url, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    [Fact]
    public async Task Adds_working_minutes_across_lunch_as_the_issue_shows()
    {
        var (status, body) = await GetAsync("/api/v1/calendar/add-working-time?from=2026-11-20T12:50:00%2B05:00&minutes=30&pauseForLunch=true");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("2026-11-20T12:50:00+05:00", body.GetProperty("from").GetString());
        Assert.Equal(30, body.GetProperty("minutes").GetInt32());
        Assert.True(body.GetProperty("pauseForLunch").GetBoolean());
        Assert.Equal("2026-11-20T15:20:00+05:00", body.GetProperty("result").GetString());
    }

    [Fact]
    public async Task An_instant_before_March_2024_comes_back_with_the_UTC_plus_6_offset()
    {
        var (_, body) = await GetAsync("/api/v1/calendar/add-working-time?from=2024-02-29T18:45:00%2B06:00&minutes=30");

        Assert.Equal("2024-02-29T18:45:00+06:00", body.GetProperty("from").GetString());
        Assert.Equal("2024-03-01T09:15:00+05:00", body.GetProperty("result").GetString());
    }

    [Fact]
    public async Task The_next_working_day_after_a_Friday_is_Saturday_until_17_00()
    {
        var (status, body) = await GetAsync("/api/v1/calendar/next-working-day?after=2026-11-20");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("2026-11-21", body.GetProperty("date").GetString());
        Assert.Equal("2026-11-21T09:00:00+05:00", body.GetProperty("opensAt").GetString());
        Assert.Equal("2026-11-21T17:00:00+05:00", body.GetProperty("closesAt").GetString());
    }

    [Fact]
    public async Task The_days_of_December_come_from_the_seeded_calendar_with_reasons_and_sources()
    {
        var client = factory.NewClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("kk-KZ");

        var (status, body) = await GetAsync("/api/v1/calendar/days?from=2026-12-01&to=2026-12-31", client);

        Assert.Equal(HttpStatusCode.OK, status);
        var days = body.EnumerateArray().ToList();
        Assert.Equal(31, days.Count);
        var independence = days.Single(d => d.GetProperty("date").GetString() == "2026-12-16");
        Assert.Equal("closed", independence.GetProperty("status").GetString());
        Assert.Equal("PublicHoliday", independence.GetProperty("kind").GetString());
        Assert.Contains("Тәуелсіздік", independence.GetProperty("reason").GetString());
        Assert.False(string.IsNullOrWhiteSpace(independence.GetProperty("source").GetString()));
        var saturday = days.Single(d => d.GetProperty("date").GetString() == "2026-12-19");
        Assert.Equal("2026-12-19T17:00:00+05:00", saturday.GetProperty("closesAt").GetString());
        Assert.Equal("2026-12-19T13:00:00+05:00", saturday.GetProperty("lunch").GetProperty("startsAt").GetString());
    }

    [Theory]
    [InlineData("/api/v1/calendar/add-working-time?from=2026-11-20T12:50:00&minutes=30", "from")]
    [InlineData("/api/v1/calendar/add-working-time?minutes=30", "from")]
    [InlineData("/api/v1/calendar/add-working-time?from=2026-11-20T12:50:00%2B05:00&minutes=0", "minutes")]
    [InlineData("/api/v1/calendar/add-working-time?from=2026-11-20T12:50:00%2B05:00&minutes=100001", "minutes")]
    [InlineData("/api/v1/calendar/add-working-time?from=2101-01-01T10:00:00%2B05:00&minutes=30", "from")]
    [InlineData("/api/v1/calendar/add-working-time?from=2100-12-31T18:00:00%2B05:00&minutes=100000", "minutes")]
    [InlineData("/api/v1/calendar/next-working-day?after=20.11.2026", "after")]
    [InlineData("/api/v1/calendar/days?from=2026-12-31&to=2026-12-01", "to")]
    [InlineData("/api/v1/calendar/days?from=2026-01-01&to=2027-12-31", "to")]
    public async Task Bad_input_gets_a_problem_naming_the_field_never_a_500(string url, string field)
    {
        var (status, body) = await GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out var messages), body.ToString());
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
    }

    [Fact]
    public async Task A_bad_value_is_explained_in_the_callers_language()
    {
        var client = factory.NewClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru-RU");

        var (_, body) = await GetAsync("/api/v1/calendar/add-working-time?from=2026-11-20T12:50:00%2B05:00&minutes=0", client);

        Assert.Contains("целым числом", body.GetProperty("errors").GetProperty("minutes")[0].GetString());
    }

    [Fact]
    public async Task The_obligation_preview_needs_a_signed_in_user()
    {
        var (status, body) = await GetAsync("/api/v1/obligations/preview?trigger=Confirmed&severity=Medium&at=2026-11-20T10:00:00%2B05:00");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(401, body.GetProperty("status").GetInt32()); // problem details, not the HTML status page
    }

    [Fact]
    public async Task A_confirmed_medium_failure_previews_its_three_duties_with_deadlines()
    {
        var client = await SignIn.AsAsync(factory, "specialist@demo.kz");

        var (status, body) = await GetAsync("/api/v1/obligations/preview?trigger=Confirmed&severity=Medium&at=2026-11-20T10:00:00%2B05:00", client);

        Assert.Equal(HttpStatusCode.OK, status);
        var duties = body.EnumerateArray().ToDictionary(d => d.GetProperty("code").GetString()!, d => d);
        Assert.Equal(["wg-alert", "announce", "supplier-notice"], duties.Keys);
        Assert.Equal("2026-11-20T10:30:00+05:00", duties["announce"].GetProperty("dueAt").GetString());
        Assert.Equal("CalendarTime", duties["announce"].GetProperty("counting").GetString());
        Assert.Equal("R2 §15.3", duties["supplier-notice"].GetProperty("clause").GetString());
    }

    [Fact]
    public async Task An_e_mail_on_Sunday_previews_registration_by_Monday_with_a_9_30_target()
    {
        var client = await SignIn.AsAsync(factory, "operator2@demo.kz");

        var (_, body) = await GetAsync("/api/v1/obligations/preview?trigger=AppealReceived&channel=Email&at=2026-11-22T10:00:00%2B05:00", client);

        var register = body.EnumerateArray().Single(d => d.GetProperty("code").GetString() == "register");
        Assert.Equal("2026-11-23T19:00:00+05:00", register.GetProperty("dueAt").GetString());
        Assert.Equal("2026-11-23T09:30:00+05:00", register.GetProperty("targetAt").GetString());
    }

    [Theory]
    [InlineData("trigger=AppealReceived&channel=Pigeon&at=2026-11-22T10:00:00%2B05:00", "channel")]
    [InlineData("trigger=Exploded&at=2026-11-22T10:00:00%2B05:00", "trigger")]
    [InlineData("trigger=Confirmed&at=2026-11-22T10:00:00%2B05:00", "severity")]
    public async Task The_preview_names_an_unknown_or_missing_value(string query, string field)
    {
        var client = await SignIn.AsAsync(factory, "manager@demo.kz");

        var (status, body) = await GetAsync("/api/v1/obligations/preview?" + query, client);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _), body.ToString());
    }

    [Fact]
    public async Task The_calendar_API_is_in_the_OpenAPI_document()
    {
        var document = await factory.NewClient().GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);

        Assert.Contains("/api/v1/calendar/add-working-time", document);
        Assert.Contains("/api/v1/calendar/days", document);
        Assert.Contains("/api/v1/obligations/preview", document);
    }
}
