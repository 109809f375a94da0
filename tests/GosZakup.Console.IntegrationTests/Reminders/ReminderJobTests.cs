using GosZakup.Console.Infrastructure.Notifications;
using GosZakup.Console.IntegrationTests.Intake;
using GosZakup.Console.Web.Features.Inbox;
using static GosZakup.Console.IntegrationTests.Reminders.ReminderScenario;

namespace GosZakup.Console.IntegrationTests.Reminders;

/// <summary>The reminder job on a pinned clock: a phone appeal received on Friday 20 November 2026 at 12:10
/// (Astana) is due for registration at 12:40 (R2 §7), with its warnings at 12:25 (50 %) and 12:34 (80 %).</summary>
public class ReminderJobTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Past_half_time_the_owners_get_one_reminder_even_when_the_job_runs_twice()
    {
        await using var scenario = await StartAsync();
        await scenario.ReceiveAsync("2026-11-20 12:10");
        scenario.SetAstanaNow("2026-11-20 12:26");

        Assert.Equal(1, await scenario.RunJobAsync());
        Assert.Equal(0, await scenario.RunJobAsync());

        var reminder = Assert.Single(await scenario.RemindersAsync());
        Assert.Equal(ReminderStage.Warn50, reminder.Stage);
        Assert.Equal((await scenario.ObligationAsync("register")).Id, reminder.ObligationId);
        // Nobody took the appeal, so the duty is every active operator's; the disabled one gets nothing.
        var notifications = await scenario.NotificationsAsync();
        Assert.Equal(["op-1", "op-2"], notifications.Select(n => n.UserId));
        Assert.All(notifications, n => Assert.Equal(("Notification.Reminder", "/inbox", (DateTime?)null), (n.MessageKey, n.Link, n.ReadAtUtc)));
        Assert.StartsWith("50\u001Fres:Duty.register\u001FR2 §7\u001FТОО «Ақ Жол», 20.11.2026 12:10\u001F20.11.2026 12:40", notifications[0].Arguments);
    }

    [Fact]
    public async Task The_reminder_mail_is_queued_in_the_outbox_for_each_owner_in_Kazakh_and_Russian()
    {
        await using var scenario = await StartAsync();
        var appealId = await scenario.ReceiveAsync("2026-11-20 12:10");
        scenario.SetAstanaNow("2026-11-20 12:26");

        await scenario.RunJobAsync();

        var mail = await scenario.MailAsync();
        Assert.Equal(["op-1@test.kz", "op-2@test.kz"], mail.Select(m => m.To));
        Assert.All(mail, m => Assert.Equal(("reminder", "Appeal", appealId.ToString(), (DateTime?)null), (m.Kind, m.SubjectType, m.SubjectId, m.SentAtUtc)));
        Assert.Contains("«Өтінішті тіркеу / Зарегистрировать обращение» міндетінің (Қағидалардың 7-тармағы)", mail[0].BodyText);
        Assert.Contains("Прошло 50% срока", mail[0].BodyText);
    }

    [Fact]
    public async Task Concurrent_runs_send_a_reminder_once()
    {
        await using var scenario = await StartAsync();
        await scenario.ReceiveAsync("2026-11-20 12:10");
        scenario.SetAstanaNow("2026-11-20 12:26");

        var sent = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(scenario.RunJobAsync, Ct)));

        Assert.Equal(1, sent.Sum());
        Assert.Single(await scenario.RemindersAsync());
        Assert.Equal(2, (await scenario.NotificationsAsync()).Count);
        Assert.Equal(2, (await scenario.MailAsync()).Count);
    }

    [Fact]
    public async Task Past_the_limit_the_holder_and_the_Supervisors_get_a_breach_alert_and_not_the_overtaken_warnings()
    {
        await using var scenario = await StartAsync();
        var appealId = await scenario.ReceiveAsync("2026-11-20 12:10");
        var taken = await scenario.App.Get<AppealRegistration>().TakeAsync(appealId, IntakeServices.Operator("op-1", "op-1@test.kz"), Ct);
        Assert.True(taken.Succeeded);
        scenario.SetAstanaNow("2026-11-20 12:41");

        Assert.Equal(1, await scenario.RunJobAsync());

        Assert.Equal([ReminderStage.Breach], (await scenario.RemindersAsync()).Select(r => r.Stage));
        var notifications = await scenario.NotificationsAsync();
        Assert.Equal(["op-1", "sup-1"], notifications.Select(n => n.UserId)); // the operator who took it, not op-2
        Assert.All(notifications, n => Assert.Equal("Notification.Breach", n.MessageKey));
        Assert.Equal(["/inbox", null], notifications.Select(n => n.Link)); // a Supervisor cannot open the Inbox
        var mail = await scenario.MailAsync();
        Assert.Equal([("breach-alert", "op-1@test.kz"), ("breach-alert", "sup-1@test.kz")], mail.Select(m => (m.Kind, m.To)));
    }

    [Fact]
    public async Task After_the_50_percent_reminder_the_80_percent_one_follows_once_its_time_comes()
    {
        await using var scenario = await StartAsync();
        await scenario.ReceiveAsync("2026-11-20 12:10");
        scenario.SetAstanaNow("2026-11-20 12:26");
        await scenario.RunJobAsync();

        scenario.SetAstanaNow("2026-11-20 12:33");
        Assert.Equal(0, await scenario.RunJobAsync());
        scenario.SetAstanaNow("2026-11-20 12:35");
        Assert.Equal(1, await scenario.RunJobAsync());

        Assert.Equal([ReminderStage.Warn50, ReminderStage.Warn80], (await scenario.RemindersAsync()).Select(r => r.Stage).Order());
    }

    [Fact]
    public async Task A_working_time_reminder_falling_after_closing_waits_for_the_next_morning_while_calendar_time_ones_go_at_once()
    {
        await using var scenario = await StartAsync();
        // Registered on Friday at 18:00: R2 §9 analysis (120 working minutes) reaches half its time at the
        // 19:00 close; the R2 §8 identifier mail (60 calendar minutes) is due at 19:00 whatever the hours.
        scenario.SetAstanaNow("2026-11-20 18:00");
        await scenario.App.RegisterAsync(Phone("2026-11-20 18:00"));
        var analyse = await scenario.ObligationAsync("analyse");
        var idEmail = await scenario.ObligationAsync("id-email");

        scenario.SetAstanaNow("2026-11-20 19:05");
        Assert.Equal(1, await scenario.RunJobAsync());
        Assert.Equal([(idEmail.Id, ReminderStage.Breach)], (await scenario.RemindersAsync()).Select(r => (r.ObligationId, r.Stage)));

        scenario.SetAstanaNow("2026-11-21 08:59"); // Saturday, before opening
        Assert.Equal(0, await scenario.RunJobAsync());

        scenario.SetAstanaNow("2026-11-21 09:01");
        Assert.Equal(1, await scenario.RunJobAsync());
        var morning = (await scenario.RemindersAsync()).Single(r => r.ObligationId == analyse.Id);
        Assert.Equal(ReminderStage.Warn50, morning.Stage);
        Assert.Equal(["spec-1"],
            (await scenario.NotificationsAsync())
                .Where(n => n.Link!.StartsWith("/incidents/", StringComparison.Ordinal) && n.MessageKey == "Notification.Reminder").Select(n => n.UserId));
    }

    [Fact]
    public async Task A_met_obligation_gets_nothing()
    {
        await using var scenario = await StartAsync();
        // Registered at 12:20, before the §7 warnings; the incident's own clocks have not reached theirs by 12:45.
        scenario.SetAstanaNow("2026-11-20 12:20");
        await scenario.App.RegisterAsync(Phone("2026-11-20 12:10"));
        scenario.SetAstanaNow("2026-11-20 12:45");

        Assert.Equal(0, await scenario.RunJobAsync());

        Assert.NotNull((await scenario.ObligationAsync("register")).MetAtUtc);
        Assert.Empty(await scenario.RemindersAsync());
        Assert.Empty(await scenario.NotificationsAsync());
    }
}
