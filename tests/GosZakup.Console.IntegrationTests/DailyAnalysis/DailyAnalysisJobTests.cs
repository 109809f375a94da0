using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Mail;
using GosZakup.Console.IntegrationTests.Mail;
using GosZakup.Console.Web.Features.DailyAnalysis;
using Microsoft.Extensions.Logging.Abstractions;

namespace GosZakup.Console.IntegrationTests.DailyAnalysis;

public class DailyAnalysisJobTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly DateOnly Saturday = new(2026, 11, 21);

    [Fact]
    public async Task Mondays_run_mails_Saturdays_analysis_once_to_each_active_Manager_and_Supervisor()
    {
        await using var world = await DailyAnalysisScenario.StartAsync();

        var run = await world.RunJobAsync();

        Assert.Equal(new DailyAnalysisRun(Saturday, 3), run);
        var mail = await world.MailAsync();
        Assert.Equal(DailyAnalysisScenario.Recipients, mail.Select(m => m.To));
        Assert.All(mail, m => Assert.Equal(("daily-analysis", "DailyAnalysis", "2026-11-21"), (m.Kind, m.SubjectType, m.SubjectId)));
    }

    [Fact]
    public async Task A_second_run_of_the_same_day_queues_nothing_and_a_new_recipient_gets_only_theirs()
    {
        await using var world = await DailyAnalysisScenario.StartAsync();
        await world.RunJobAsync();
        world.App.Clock.Advance(TimeSpan.FromMinutes(5));

        var again = await world.RunJobAsync();
        await world.AddManagerAsync("manager-2");
        var withNewcomer = await world.RunJobAsync();

        Assert.Equal(new DailyAnalysisRun(Saturday, 0), again);
        Assert.Equal(new DailyAnalysisRun(Saturday, 1), withNewcomer);
        Assert.Equal(["boss-1@test.kz", "manager-1@test.kz", "manager-2@test.kz", "sup-1@test.kz"], (await world.MailAsync()).Select(m => m.To).Order());
    }

    [Theory]
    [InlineData("2026-11-29 09:00")] // Sunday
    [InlineData("2026-12-16 09:00")] // Independence Day
    public async Task A_run_on_a_day_off_does_nothing(string astanaNow)
    {
        await using var world = await DailyAnalysisScenario.StartAsync();
        world.SetAstanaNow(astanaNow);

        var run = await world.RunJobAsync();

        Assert.Equal(new DailyAnalysisRun(null, 0), run);
        Assert.Empty(await world.MailAsync());
    }

    [Theory]
    [InlineData("2026-11-24 09:00", "2026-11-23")] // Tuesday reports Monday
    [InlineData("2026-12-17 09:00", "2026-12-15")] // after Independence Day (Wednesday) the Thursday run reports Tuesday
    public async Task A_run_reports_the_last_working_day_before_its_own(string astanaNow, string reported)
    {
        await using var world = await DailyAnalysisScenario.StartAsync();
        world.SetAstanaNow(astanaNow);

        var run = await world.RunJobAsync();

        Assert.Equal(DateOnly.Parse(reported, System.Globalization.CultureInfo.InvariantCulture), run.Day);
        Assert.All(await world.MailAsync(), m => Assert.Equal(reported, m.SubjectId));
    }

    [Fact]
    public async Task The_mail_carries_the_totals_in_Kazakh_and_Russian_and_links_to_the_page_and_the_PDF()
    {
        await using var world = await DailyAnalysisScenario.StartAsync();
        await world.RunJobAsync();

        var mail = (await world.MailAsync())[0];

        Assert.Contains("21.11.2026", mail.Subject);
        Assert.Contains("21.11.2026 күнгі іркілістерді күнделікті талдау", mail.Subject);
        Assert.Contains("Ежедневный анализ сбоев", mail.Subject);
        Assert.Contains("Іркілістер барлығы: 4.", mail.BodyText);
        Assert.Contains("Всего сбоев: 4.", mail.BodyText);
        Assert.Contains("Операторға байланысты: 1.", mail.BodyText);
        Assert.Contains("Нарушены сроки обязанностей: 2 (исполнены с опозданием — 1, не исполнены — 1).", mail.BodyText);
        Assert.Contains("21.11.2026 00:00 – 23.11.2026 00:00 (UTC+5)", mail.BodyText);
        Assert.Contains("https://console.test.kz/reports/daily/2026-11-21\n", mail.BodyText);
        Assert.Contains("https://console.test.kz/reports/daily/2026-11-21.pdf", mail.BodyText);
        Assert.True(mail.BodyText.IndexOf("Іркілістер барлығы", StringComparison.Ordinal) < mail.BodyText.IndexOf("Всего сбоев", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_mails_reach_a_real_SMTP_server_once_however_often_the_job_runs()
    {
        await using var world = await DailyAnalysisScenario.StartAsync();
        using var smtp = await SmtpServer.StartNewAsync(Ct);

        await world.RunJobAsync();
        var sent = await SendAsync(world, smtp);
        world.App.Clock.Advance(TimeSpan.FromHours(1));
        await world.RunJobAsync();
        var sentAgain = await SendAsync(world, smtp);

        Assert.Equal((3, 0), (sent, sentAgain));
        var received = smtp.Received();
        Assert.Equal(DailyAnalysisScenario.Recipients, received.Select(m => m.To.Mailboxes.Single().Address).Order());
        Assert.All(received, m => Assert.Contains("Іркілістер барлығы: 4.", m.TextBody));
        Assert.All(received, m => Assert.Contains("Всего сбоев: 4.", m.TextBody));
    }

    private static async Task<int> SendAsync(DailyAnalysisScenario world, SmtpServer smtp)
    {
        await using var db = world.App.NewDb();
        var settings = new MailSettings { Smtp = { Host = "127.0.0.1", Port = smtp.Port } };
        return await new SendOutboxJob(db, settings, world.App.Clock, NullLogger<SendOutboxJob>.Instance).RunAsync(Ct);
    }
}
