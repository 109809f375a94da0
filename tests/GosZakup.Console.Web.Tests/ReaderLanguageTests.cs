using System.Collections;
using System.Globalization;
using System.Resources;
using Bunit;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Infrastructure.Calendar;
using GosZakup.Console.Infrastructure.Mail;
using GosZakup.Console.Web.Features.Audit;
using GosZakup.Console.Web.Features.Calendar;
using GosZakup.Console.Web.Features.MailTemplates;
using GosZakup.Console.Web.Localization;
using GosZakup.Console.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor;

namespace GosZakup.Console.Web.Tests;

/// <summary>Words, never codes: enum values, mail kinds, mail failures, audit names and holiday sources in the reader's language.</summary>
public class ReaderLanguageTests : ConsoleTestContext
{
    private IStringLocalizer<SharedResource> L => Services.GetRequiredService<IStringLocalizer<SharedResource>>();

    private static HashSet<string> Keys(string culture) =>
        [.. new ResourceManager(typeof(SharedResource))
            .GetResourceSet(culture == "" ? CultureInfo.InvariantCulture : new CultureInfo(culture), createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().Select(e => (string)e.Key)];

    [Theory]
    [InlineData("")]
    [InlineData("ru")]
    [InlineData("kk")]
    public void Every_value_of_every_enum_a_user_sees_has_a_word(string culture)
    {
        var keys = Keys(culture);

        var missing = EnumWords.Prefixes
            .SelectMany(p => Enum.GetNames(p.Key).Select(name => $"{p.Value}.{name}"))
            .Where(key => !keys.Contains(key)).ToList();

        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ru")]
    [InlineData("kk")]
    public void Every_kind_of_mail_the_console_sends_has_a_word(string culture)
    {
        var keys = Keys(culture);
        var kinds = MailTemplateCatalogue.All.Select(k => k.Kind).Append(Features.DailyAnalysis.DailyAnalysisJob.MailKind);

        Assert.DoesNotContain(kinds, kind => !keys.Contains($"MailTemplates.Kind.{kind}"));
    }

    [Theory]
    [InlineData("ru-RU", "Телефон")]
    [InlineData("kk-KZ", "Телефон")]
    [InlineData("en-US", "Phone")]
    public void The_chosen_channel_reads_as_a_word_not_the_enum_name(string culture, string word)
    {
        UseCulture(culture);
        Render<MudPopoverProvider>();

        var select = Render<MudSelect<AppealChannel>>(p => p
            .Add(s => s.Value, AppealChannel.Phone)
            .Add(s => s.ToStringFunc, c => EnumWords.Of(L, c)));

        var shown = select.Find("input").GetAttribute("value") ?? select.Find(".mud-select-input").TextContent;
        Assert.Equal(word, shown, ignoreCase: true);
    }

    [Theory]
    [InlineData("ru-RU", "Почтовый сервер недоступен; попытка 3 не удалась, следующая — 20.11.2026 14:32 (UTC+5)")]
    [InlineData("kk-KZ", "Пошта сервері қолжетімсіз; 3-әрекет сәтсіз аяқталды, келесі әрекет: 20.11.2026 14:32 (UTC+5)")]
    [InlineData("en-US", "Mail server unreachable; attempt 3 failed, next try at 20.11.2026 14:32 (UTC+5)")]
    public void A_waiting_mail_says_why_and_when_it_is_tried_again_never_the_exception(string culture, string expected)
    {
        UseCulture(culture);
        var message = new OutboxMessage
        {
            Kind = "wg-alert", Attempts = 3, LastError = "SocketException: Connection refused",
            NextAttemptAtUtc = new DateTime(2026, 11, 20, 9, 32, 0, DateTimeKind.Utc),
        };

        Assert.Equal(expected, MailWording.Failure(message, L));
        Assert.DoesNotContain("wg-alert", MailWording.Kind(message.Kind, L), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SocketException: Connection refused", MailFailure.ServerUnreachable)]
    [InlineData("TimeoutException: The operation has timed out.", MailFailure.Timeout)]
    [InlineData("AuthenticationException: 535: 5.7.8 Authentication credentials invalid", MailFailure.SignInRefused)]
    [InlineData("SmtpCommandException: 550 5.1.1 Mailbox unavailable", MailFailure.MessageRefused)]
    [InlineData("InvalidOperationException: something else", MailFailure.Other)]
    public void A_recorded_failure_falls_into_a_category(string lastError, MailFailure expected) =>
        Assert.Equal(expected, MailFailures.Of(lastError));

    [Fact]
    public void The_audit_log_reads_in_words()
    {
        UseCulture("ru-RU");

        Assert.Equal("Инцидент", AuditWords.Entity("IncidentRecord", L));
        Assert.Equal("День календаря", AuditWords.Entity("CalendarDay", L));
        Assert.Equal("Плановое время устранения", AuditWords.Field("PlannedFixAtUtc", L));
        Assert.Equal("Подтверждён", AuditWords.Value("IncidentRecord", "Status", "Confirmed", L));
        Assert.Equal("Да", AuditWords.Value("IncidentRecord", "IsOperatorRelated", "true", L));
        Assert.Equal("20.11.2026 14:32 (UTC+5)", AuditWords.Value("IncidentRecord", "PlannedFixAtUtc", "2026-11-20T09:32:00Z", L));
    }

    [Fact]
    public async Task A_holidays_tooltip_names_its_law_in_Kazakh()
    {
        UseCulture("kk-KZ");
        AddAuthorization().SetAuthorized("someone@test.kz").SetRoles("Operator");
        Services.AddCalendar();
        Services.AddSingleton(ObligationSettings.Default);
        await using (var db = await MigratedDatabaseAsync())
            await new CalendarSeeder(db, NullLogger<CalendarSeeder>.Instance).SeedAsync(CalendarAssets(), Xunit.TestContext.Current.CancellationToken);
        Render<MudPopoverProvider>();

        Services.GetRequiredService<NavigationManager>().NavigateTo("/calendar?month=2026-12");
        var cut = Render<CalendarPage>();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=day-2026-12-16] .calendar-reason")));
        var title = cut.Find("[data-testid=day-2026-12-16] .calendar-reason").GetAttribute("title")!;
        Assert.Contains("«Қазақстан Республикасындағы мерекелер туралы»", title, StringComparison.Ordinal);
        Assert.DoesNotContain("Law of the RK", title, StringComparison.Ordinal);
    }

    /// <summary>The repository's own calendar files, the ones the app seeds at start.</summary>
    private static string CalendarAssets()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "assets", "calendars"))) return Path.Combine(dir.FullName, "assets", "calendars");
        throw new DirectoryNotFoundException("assets/calendars");
    }
}
