using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Inbox;
using GosZakup.Console.Web.Resources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace GosZakup.Console.IntegrationTests.Security;

/// <summary>The bad-input list: each input, the field it goes in, and the answer it gets, the same through the appeals API
/// (400 problem details naming the field) and through the appeal form's validator.</summary>
public class BadInputTests(ConsoleFactory factory)
{
    private const string DevKey = "dev-only-goszakup-console-key"; // appsettings.Development.json
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>why → (API field, form field, value, English answer).</summary>
    private static readonly Dictionary<string, (string Api, string Form, string Value, string Answer)> Cases = new()
    {
        ["1 MB of procurement numbers"] =
            ("procurementNumbers", nameof(AppealForm.ProcurementNumbers), new string('7', 1_000_000), "At most 4000 characters (now 1000000)."),
        ["1 MB of lot numbers"] = ("lotNumbers", nameof(AppealForm.LotNumbers), new string('7', 1_000_000), "At most 4000 characters (now 1000000)."),
        ["101 procurement numbers"] = ("procurementNumbers", nameof(AppealForm.ProcurementNumbers),
            string.Join(", ", Enumerable.Range(1, 101).Select(i => $"{i}-1")), "At most 100 numbers in one appeal."),
        ["a 41-character lot number"] = ("lotNumbers", nameof(AppealForm.LotNumbers), new string('1', 41), "Each number has at most 40 characters."),
        ["a NUL in the description"] =
            ("description", nameof(AppealForm.Description), "Портал\0 не отвечает", "Remove the control characters (such as NUL) from this text."),
        ["an ESC in the phone"] =
            ("phone", nameof(AppealForm.ContactPhone), "+7 701 \u001b123 45 67", "Remove the control characters (such as NUL) from this text."),
        ["a new line in the organisation"] =
            ("organisation", nameof(AppealForm.OrganisationName), "ТОО\nАқ Жол", "Remove the control characters (such as NUL) from this text."),
        ["only zero-width spaces as description"] =
            ("description", nameof(AppealForm.Description), "\u200B\u200B\u200B", "Write visible text: this holds only spaces or invisible characters."),
        ["only a word joiner and a BOM as description"] =
            ("description", nameof(AppealForm.Description), "\u2060\uFEFF", "Write visible text: this holds only spaces or invisible characters."),
        ["only Hangul fillers and a braille blank as organisation"] =
            ("organisation", nameof(AppealForm.OrganisationName), "\u3164\u3164\u2800", "Write visible text: this holds only spaces or invisible characters."),
        ["a right-to-left override in the organisation"] = ("organisation", nameof(AppealForm.OrganisationName), "ТОО \u202EлоЖ қА",
            "Remove the hidden text-direction characters (such as a right-to-left override) from this text."),
        ["a left-to-right isolate in the description"] = ("description", nameof(AppealForm.Description), "Ошибка \u2066admin\u2069 при подаче",
            "Remove the hidden text-direction characters (such as a right-to-left override) from this text."),
        ["an image tag in the description"] =
            ("description", nameof(AppealForm.Description), "<img src=x onerror=alert(1)>", "Markup and scripts are not accepted; write plain text."),
        ["a 501-character organisation"] = ("organisation", nameof(AppealForm.OrganisationName), new string('А', 501), "At most 500 characters (now 501)."),
        ["a 10,001-character description"] = ("description", nameof(AppealForm.Description), new string('я', 10_001), "At most 10000 characters (now 10001)."),
        ["a 300-character e-mail"] = ("email", nameof(AppealForm.ContactEmail), new string('a', 290) + "@akzhol.kz", "At most 254 characters (now 300)."),
    };

    public static TheoryData<string> Why => [.. Cases.Keys];

    private static Dictionary<string, object?> Appeal(string apiField, string value)
    {
        var appeal = new Dictionary<string, object?>
        {
            ["channel"] = "Monitoring",
            ["receivedAt"] = DateTimeOffset.UtcNow.AddMinutes(-1).ToOffset(TimeSpan.FromHours(5)).ToString("yyyy-MM-dd'T'HH:mm:sszzz"),
            ["organisation"] = "ТОО «Ақ Жол»", ["email"] = "ops@akzhol.kz", ["description"] = "Портал не отвечает",
        };
        appeal[apiField] = value;
        return appeal;
    }

    [Theory]
    [MemberData(nameof(Why))]
    public async Task The_API_answers_400_naming_the_field_and_the_rule(string why)
    {
        var (api, _, value, answer) = Cases[why];
        var client = factory.NewClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", DevKey);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");

        var response = await client.PostAsJsonAsync("/api/v1/appeals", Appeal(api, value), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal($"{api}: {answer}", problem.GetProperty("errors").GetProperty(api)[0].GetString());
    }

    [Theory]
    [MemberData(nameof(Why))]
    public async Task The_appeal_form_gives_the_same_answer(string why)
    {
        var (_, field, value, answer) = Cases[why];
        CultureInfo.CurrentUICulture = new CultureInfo("en-US");
        await using var scope = factory.Services.CreateAsyncScope();
        var form = new AppealForm
        {
            Channel = Domain.Incidents.AppealChannel.Monitoring, ReceivedAt = DateTime.UtcNow.AddHours(5).AddMinutes(-1),
            OrganisationName = "ТОО «Ақ Жол»", ContactEmail = "ops@akzhol.kz", Description = "Портал не отвечает",
        };
        typeof(AppealForm).GetProperty(field)!.SetValue(form, value);

        var errors = scope.ServiceProvider.GetRequiredService<AppealValidator>().Validate(form, NodaTime.SystemClock.Instance.GetCurrentInstant());

        Assert.Equal(answer, scope.ServiceProvider.GetRequiredService<IStringLocalizer<SharedResource>>().Text(errors[field]));
    }

    [Fact]
    public async Task A_lone_surrogate_is_refused_by_the_form()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("en-US");
        await using var scope = factory.Services.CreateAsyncScope();
        var form = new AppealForm
        {
            Channel = Domain.Incidents.AppealChannel.Monitoring, ReceivedAt = DateTime.UtcNow.AddHours(5).AddMinutes(-1),
            OrganisationName = "ТОО «Ақ Жол»", ContactEmail = "ops@akzhol.kz", Description = "Портал \uD800 не отвечает",
        };

        var errors = scope.ServiceProvider.GetRequiredService<AppealValidator>().Validate(form, NodaTime.SystemClock.Instance.GetCurrentInstant());

        Assert.Equal("Remove the control characters (such as NUL) from this text.",
            scope.ServiceProvider.GetRequiredService<IStringLocalizer<SharedResource>>().Text(errors[nameof(AppealForm.Description)]));
    }

    [Fact]
    public async Task Kazakh_letters_emoji_new_lines_and_tabs_in_a_description_pass()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var form = new AppealForm
        {
            Channel = Domain.Incidents.AppealChannel.Monitoring, ReceivedAt = DateTime.UtcNow.AddHours(5).AddMinutes(-1),
            OrganisationName = "ЖШС «Өнім-Құрылыс»", ContactEmail = "ops@akzhol.kz",
            Description = "Портал жауап бермейді 🙁\r\n\tқадам 1: кіру\nқадам 2: өтінім", ProcurementNumbers = "12345678-1\n12345679-2",
        };

        var errors = scope.ServiceProvider.GetRequiredService<AppealValidator>().Validate(form, NodaTime.SystemClock.Instance.GetCurrentInstant());

        Assert.Empty(errors);
    }
}
