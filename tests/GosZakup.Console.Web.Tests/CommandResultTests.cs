using System.Globalization;
using System.Text.Json;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Lifecycles;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Resources;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace GosZakup.Console.Web.Tests;

/// <summary>Issue 19 §3: one command result, services fill it with keys and codes, the edge translates it: pages in the
/// user's language, the API as problem details with a stable <c>code</c>.</summary>
public sealed class CommandResultTests : IDisposable
{
    private readonly (CultureInfo, CultureInfo) original = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);

    public void Dispose() => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = original;

    private static readonly IServiceProvider Services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();

    private static IStringLocalizer<SharedResource> InCulture(string culture)
    {
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo(culture);
        return Services.GetRequiredService<IStringLocalizer<SharedResource>>();
    }

    [Fact]
    public void Success_field_errors_and_refusals_are_told_apart()
    {
        Assert.True(CommandResult<int>.Ok(7).Succeeded);
        Assert.Equal(7, CommandResult<int>.Ok(7).Value);

        var invalid = CommandResult<int>.Invalid("LotNumbers", "Appeal.TooManyNumbers", 50);
        Assert.False(invalid.Succeeded);
        Assert.Null(invalid.Refusal);
        Assert.Equal(new ResourceText("Appeal.TooManyNumbers", 50).Key, invalid.FieldErrors["LotNumbers"].Key);

        var refused = CommandResult.Refused(RefusalCode.Stale);
        Assert.False(refused.Succeeded);
        Assert.Equal(RefusalCode.Stale, refused.Refusal);
        Assert.Equal(RefusalCode.Stale, refused.As<string>().Refusal);
    }

    [Theory]
    [InlineData("ru-RU", "Не более 50 номеров в одном обращении.")]
    [InlineData("kk-KZ", "Бір өтінішке ең көбі 50 нөмір.")]
    public void A_field_error_reads_in_the_pages_language_with_its_arguments(string culture, string expected)
    {
        var l = InCulture(culture);
        var messages = new FieldMessages();

        messages.Show(CommandResult.Invalid("LotNumbers", "Appeal.TooManyNumbers", 50), l);

        Assert.True(messages.Has("LotNumbers"));
        Assert.Equal(expected, messages["LotNumbers"]);
        Assert.False(messages.Has("Description"));
        Assert.Null(messages["Description"]);
    }

    [Theory]
    [InlineData("ru-RU", "Невозможно, пока акт в состоянии «на подписи».")]
    [InlineData("kk-KZ", "Акт «қол қоюға жіберілді» күйінде тұрғанда мүмкін емес.")]
    public void A_refusal_in_the_commands_own_words_translates_an_argument_that_is_itself_a_key(string culture, string expected)
    {
        var refused = CommandResult.Refused(RefusalCode.NotAllowedFromStatus, "Acts.Error.NotNow", new ResourceText("Acts.State.Submitted"));

        Assert.Equal(expected, InCulture(culture).RefusalText(refused));
    }

    [Fact]
    public void A_refusal_without_its_own_words_reads_as_its_code_in_every_language()
    {
        foreach (var code in Enum.GetValues<RefusalCode>())
            foreach (var culture in new[] { "en-US", "ru-RU", "kk-KZ" })
            {
                var text = InCulture(culture).RefusalText(CommandResult.Refused(code));
                Assert.False(string.IsNullOrWhiteSpace(text));
                Assert.DoesNotContain("Refusal.", text);
            }
        Assert.Null(InCulture("ru-RU").RefusalText(CommandResult.Ok()));
    }

    [Fact]
    public void The_domains_refusals_keep_their_meaning()
    {
        Assert.Equal(RefusalCode.RoleNotAllowed, RefusalCodes.Of(TransitionRefusal.RoleNotAllowed));
        Assert.Equal(RefusalCode.NotAllowedFromStatus, RefusalCodes.Of(TransitionRefusal.NotAllowedFromStatus));
        Assert.Equal(RefusalCode.LevelUnchanged, RefusalCodes.Of(LevelChangeRefusal.Unchanged));
        Assert.Equal(RefusalCode.ReasonRequired, RefusalCodes.Of(LevelChangeRefusal.ReasonRequired));
    }

    [Theory]
    [InlineData(RefusalCode.Stale, 409, "stale")]
    [InlineData(RefusalCode.TakenByOther, 409, "taken-by-other")]
    [InlineData(RefusalCode.NotFound, 404, "not-found")]
    [InlineData(RefusalCode.RoleNotAllowed, 403, "role-not-allowed")]
    public async Task A_refusal_is_a_problem_with_its_status_its_code_and_words_in_the_request_language(RefusalCode code, int status, string wire)
    {
        var l = InCulture("kk-KZ");
        var http = new DefaultHttpContext { RequestServices = Services, Response = { Body = new MemoryStream() } };

        await CommandProblems.Refused(CommandResult.Refused(code), l).ExecuteAsync(http);

        Assert.Equal(status, http.Response.StatusCode);
        http.Response.Body.Position = 0;
        var problem = (await JsonDocument.ParseAsync(http.Response.Body, cancellationToken: TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal(wire, problem.GetProperty("code").GetString());
        Assert.Equal(l[$"Refusal.{code}"].Value, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Field_errors_are_a_validation_problem_naming_the_callers_field()
    {
        var l = InCulture("ru-RU");
        var http = new DefaultHttpContext { RequestServices = Services, Response = { Body = new MemoryStream() } };

        await CommandProblems.Invalid(CommandResult.Invalid("LotNumbers", "Appeal.TooManyNumbers", 50), l, _ => "lotNumbers").ExecuteAsync(http);

        Assert.Equal(400, http.Response.StatusCode);
        http.Response.Body.Position = 0;
        var problem = (await JsonDocument.ParseAsync(http.Response.Body, cancellationToken: TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal("invalid", problem.GetProperty("code").GetString());
        Assert.Equal("lotNumbers: Не более 50 номеров в одном обращении.", problem.GetProperty("errors").GetProperty("lotNumbers")[0].GetString());
    }
}
