using System.Net;
using System.Text.Json;

namespace GosZakup.Console.IntegrationTests;

/// <summary>The preview API on the seeded calendars agrees with the Domain's worked examples (issue 15): rows taken
/// from <c>RegistrationDeadlineCases</c> and <c>ObligationDeadlineCases</c>, each citing its clause, on both calendars.</summary>
public class ObligationPreviewCasesTests(ConsoleFactory factory)
{
    /// <summary>why, query, code, legal limit (Astana), calendar.</summary>
    public static TheoryData<string, string, string, string, string> Cases => new()
    {
        { "R2 §7: monitoring alert on Sunday 03:00 gets the plain 30 minutes", "trigger=AppealReceived&channel=Monitoring&at=2026-11-22T03:00:00%2B05:00",
            "register", "2026-11-23T09:30:00+05:00", "contact-centre" },
        { "R2 §7: e-mail on Sunday waits for the next working day", "trigger=AppealReceived&channel=Email&at=2026-11-22T10:00:00%2B05:00", "register",
            "2026-11-23T19:00:00+05:00", "contact-centre" },
        { "R2 §7: letter in lunch, lunch counted", "trigger=AppealReceived&channel=Letter&at=2026-11-20T13:10:00%2B05:00", "register",
            "2026-11-20T13:40:00+05:00", "contact-centre" },
        { "R2 §9: from the appeal's receipt", "trigger=Registered&at=2026-11-20T10:25:00%2B05:00&receivedAt=2026-11-20T10:00:00%2B05:00", "analyse",
            "2026-11-20T12:00:00+05:00", "contact-centre" },
        { "R2 §16.9: the high report on the state week", "trigger=Fixed&severity=High&at=2026-11-20T11:00:00%2B05:00", "owner-report",
            "2026-11-23T18:30:00+05:00", "state" },
        { "R2 §17: the Act from a Friday", "trigger=SupplierCouldNotBid&at=2026-11-20T11:00:00%2B05:00", "act", "2026-11-23T18:30:00+05:00", "state" },
        { "R2 §18: over Nauryz's five-day transfers", "trigger=ActPublished&at=2026-03-19T10:00:00%2B05:00", "security-return", "2026-03-27T18:30:00+05:00",
            "state" },
        { "R2 §18: 9 May on a Saturday gives 11 May off", "trigger=ActPublished&at=2026-05-08T12:00:00%2B05:00", "security-return", "2026-05-14T18:30:00+05:00",
            "state" },
        { "R2 §20: over Independence Day", "trigger=BudgetLetterReceived&at=2026-12-14T15:00:00%2B05:00", "refund", "2026-12-18T18:30:00+05:00", "state" },
        { "R2 §31: from a Saturday", "trigger=ComplaintReceived&at=2026-11-21T16:00:00%2B05:00", "complaint-answer", "2026-11-24T18:30:00+05:00", "state" },
        { "R2 §25: the alert before the confirmation, at once: within the 5-minute grace", "trigger=SevereFailureSuspected&at=2026-11-21T18:40:00%2B05:00",
            "confirmation-alert", "2026-11-21T18:45:00+05:00", "contact-centre" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_preview_gives_the_worked_example(string why, string query, string code, string due, string calendar)
    {
        var client = await SignIn.AsAsync(factory, "specialist@demo.kz");

        var response = await client.GetAsync($"/api/v1/obligations/preview?{query}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        var duty = body.EnumerateArray().Single(d => d.GetProperty("code").GetString() == code);
        Assert.Equal((why, due, calendar), (why, duty.GetProperty("dueAt").GetString(), duty.GetProperty("calendar").GetString()));
    }

    [Fact]
    public async Task A_confirmed_high_failure_has_no_one_hour_supplier_notice()
    {
        var client = await SignIn.AsAsync(factory, "specialist@demo.kz");

        var body = await client.GetStringAsync("/api/v1/obligations/preview?trigger=Confirmed&severity=High&at=2026-11-20T10:00:00%2B05:00",
            TestContext.Current.CancellationToken);

        Assert.Equal(["wg-alert", "announce"], JsonDocument.Parse(body).RootElement.EnumerateArray().Select(d => d.GetProperty("code").GetString()));
    }

    [Theory]
    [InlineData("", "2026-11-21", "contact-centre")]
    [InlineData("&calendar=contact-centre", "2026-11-21", "contact-centre")]
    [InlineData("&calendar=state", "2026-11-23", "state")]
    [InlineData("&calendar=STATE", "2026-11-23", "state")]
    public async Task The_next_working_day_after_a_Friday_depends_on_the_calendar(string calendar, string expected, string name)
    {
        var body =
            await factory.NewClient().GetStringAsync($"/api/v1/calendar/next-working-day?after=2026-11-20{calendar}", TestContext.Current.CancellationToken);

        var answer = JsonDocument.Parse(body).RootElement;
        Assert.Equal((expected, name), (answer.GetProperty("date").GetString(), answer.GetProperty("calendar").GetString()));
    }

    [Fact]
    public async Task An_unknown_calendar_is_a_problem_naming_the_field_and_the_choices()
    {
        var response =
            await factory.NewClient().GetAsync("/api/v1/calendar/days?from=2026-12-01&to=2026-12-02&calendar=treasury", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("errors");
        var message = errors.GetProperty("calendar")[0].GetString()!;
        Assert.Contains("contact-centre", message);
        Assert.Contains("state", message);
    }
}
