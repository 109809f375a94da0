using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Notifications;
using GosZakup.Console.Web.Features.Inbox;
using GosZakup.Console.Web.Features.Reminders;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.IntegrationTests.Reminders;

/// <summary>Issue 17: a flood of 27,000 appeals once queued 104,821 reminder mails and ~100,000 bell entries. The
/// reminders of one subject at one stage now make one bell entry and one mail per person, a run is capped, and
/// within the window a subject is not told again.</summary>
public sealed class ReminderFloodTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const int Flood = 1_000;

    /// <summary>1,000 phone appeals at 12:10 Astana; with <paramref name="ofOneIncident"/>, all of them attached to one incident.</summary>
    private static async Task<ReminderScenario> FloodedAsync(bool ofOneIncident, ReminderLimits? limits = null)
    {
        var scenario = await ReminderScenario.StartAsync(limits);
        var intake = scenario.App.Get<AppealIntake>();
        var ids = new List<Guid>();
        for (var i = 0; i < Flood; i++)
        {
            var received = await intake.ReceiveAsync(ReminderScenario.Phone("2026-11-20 12:10"), Ct);
            Assert.True(received.Succeeded);
            ids.Add(received.Value!.AppealId);
        }
        if (!ofOneIncident) return scenario;
        var number = await scenario.App.RegisterAsync(ReminderScenario.Phone("2026-11-20 12:05"));
        await using var db = scenario.App.NewDb();
        var incident = await db.Set<IncidentRecord>().SingleAsync(i => i.Number == number, Ct);
        await db.Set<AppealRecord>().Where(a => ids.Contains(a.Id)).ExecuteUpdateAsync(u => u.SetProperty(a => a.IncidentId, incident.Id), Ct);
        return scenario;
    }

    [Theory]
    [InlineData(false, "/inbox")]
    [InlineData(true, "/incidents/")]
    public async Task A_thousand_overdue_appeals_give_each_person_one_breach_mail_and_one_bell_entry(bool ofOneIncident, string link)
    {
        await using var scenario = await FloodedAsync(ofOneIncident);
        scenario.SetAstanaNow("2026-11-20 13:30"); // every registration limit (30 working minutes) has passed

        var sent = new List<int>();
        for (var run = 0; run < 4; run++) sent.Add(await scenario.RunJobAsync());

        // Capped per run (Reminders:MaxPerRun), the rest next run; the incident's own duties come due after its appeals'.
        Assert.Equal([500, 500], sent[..2]);
        Assert.All(sent, count => Assert.InRange(count, 0, 500));
        // Every appeal's breach is recorded (with one incident, that incident's own first duty is breached too).
        Assert.InRange((await scenario.RemindersAsync()).Count(r => r.Stage == ReminderStage.Breach), Flood, ofOneIncident ? Flood + 1 : Flood);
        var all = await scenario.NotificationsAsync();
        Assert.InRange(all.Count, 3, 6);
        var notifications = all.Where(n => n.MessageKey == ReminderWording.DigestBreachKey).ToList();
        // The two operators who own unregistered appeals and the Supervisor: once each, not once per appeal.
        Assert.Equal(["op-1", "op-2", "sup-1"], notifications.Select(n => n.UserId));
        Assert.StartsWith("500\u001F", notifications[0].Arguments);
        Assert.StartsWith(link, notifications[0].Link);
        var mail = (await scenario.MailAsync()).Where(m => m.Kind == "breach-digest").ToList();
        Assert.Equal([("breach-digest", "op-1@test.kz"), ("breach-digest", "op-2@test.kz"), ("breach-digest", "sup-1@test.kz")],
            mail.Select(m => (m.Kind, m.To)));
        Assert.Contains("500", mail[0].Subject);
    }

    [Fact]
    public async Task After_the_window_a_subject_is_told_again_with_the_reminders_that_came_due_since()
    {
        await using var scenario = await FloodedAsync(ofOneIncident: false, new ReminderLimits(400, TimeSpan.FromMinutes(30)));
        scenario.SetAstanaNow("2026-11-20 13:30");
        Assert.Equal(400, await scenario.RunJobAsync());
        Assert.Equal(400, await scenario.RunJobAsync()); // within the window: recorded, not told

        scenario.SetAstanaNow("2026-11-20 14:01");
        Assert.Equal(200, await scenario.RunJobAsync());

        var notifications = await scenario.NotificationsAsync();
        Assert.Equal(6, notifications.Count); // three people, twice
        Assert.Equal(["400", "200"], notifications.Where(n => n.UserId == "sup-1").OrderBy(n => n.CreatedAtUtc).Select(n => n.Arguments.Split('\u001F')[0]));
        Assert.Equal(6, (await scenario.MailAsync()).Count);
    }

    [Fact]
    public async Task The_bell_shows_the_flood_as_one_unread_entry()
    {
        await using var scenario = await FloodedAsync(ofOneIncident: false);
        scenario.SetAstanaNow("2026-11-20 13:30");
        await scenario.RunJobAsync();
        await scenario.RunJobAsync();

        var bell = scenario.App.Get<NotificationService>();
        var supervisor = IntakeServicesUser("sup-1");
        Assert.Equal(1, await bell.UnreadCountAsync(supervisor, Ct));
        Assert.Single(await bell.LatestAsync(supervisor, Ct));
    }

    private static System.Security.Claims.ClaimsPrincipal IntakeServicesUser(string id) => Intake.IntakeServices.Operator(id, $"{id}@test.kz");
}
