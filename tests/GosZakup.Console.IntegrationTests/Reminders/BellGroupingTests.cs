using GosZakup.Console.IntegrationTests.Intake;
using GosZakup.Console.Web.Features.Reminders;
using static GosZakup.Console.IntegrationTests.Reminders.ReminderScenario;

namespace GosZakup.Console.IntegrationTests.Reminders;

/// <summary>The bell groups one incident's reminders into one entry (issue 16 §4: the bell went from 20 to 46 unread
/// in ten minutes). An appeal received by phone on Friday 20 November 2026 at 12:10 (Astana) and registered at 12:20:
/// its R2 §8 identifier mail is due at 13:20, so the operators are reminded at 12:50 (50 %), 13:08 (80 %) and after
/// 13:20 (breach), all about the same incident. A second appeal, received at 12:40 and not registered, is due at 13:10
/// (R2 §7): its reminders are about no incident and stay separate entries.</summary>
public class BellGroupingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(ReminderScenario Scenario, string Incident)> ThreeRemindersForOneIncidentAsync()
    {
        var scenario = await StartAsync();
        scenario.SetAstanaNow("2026-11-20 12:20");
        var incident = await scenario.App.RegisterAsync(Phone("2026-11-20 12:10"));
        scenario.SetAstanaNow("2026-11-20 12:40");
        await scenario.ReceiveAsync("2026-11-20 12:40");
        foreach (var at in new[] { "2026-11-20 12:51", "2026-11-20 13:09", "2026-11-20 13:21" })
        {
            scenario.SetAstanaNow(at);
            await scenario.RunJobAsync();
        }
        return (scenario, incident);
    }

    private static NotificationService Bell(ReminderScenario scenario) => scenario.App.Get<NotificationService>();

    [Fact]
    public async Task Several_reminders_for_one_incident_are_one_entry_with_their_count()
    {
        var (scenario, incident) = await ThreeRemindersForOneIncidentAsync();
        await using var _ = scenario;
        var op1 = IntakeServices.Operator("op-1", "op-1@test.kz");

        var mine = (await scenario.NotificationsAsync()).Where(n => n.UserId == "op-1").ToList();
        Assert.Equal(3, mine.Count(n => n.Link == $"/incidents/{incident}"));
        Assert.Equal(2, mine.Count(n => n.Link == "/inbox")); // the unregistered appeal: 80 %, then its breach

        var entries = await Bell(scenario).LatestAsync(op1, Ct);
        var group = Assert.Single(entries, e => e.IncidentNumber == incident);
        Assert.Equal((3, 3, "Notification.Breach"), (group.Count, group.UnreadCount, group.Latest.MessageKey)); // the latest text is the breach
        Assert.Equal($"/incidents/{incident}#duties", group.Link);
        Assert.Equal(2, entries.Count(e => e.IncidentNumber is null));
        Assert.Equal(3, await Bell(scenario).UnreadCountAsync(op1, Ct)); // entries, not the five notifications
    }

    [Fact]
    public async Task Marking_an_incidents_entry_read_marks_all_its_notifications_and_no_one_elses()
    {
        var (scenario, incident) = await ThreeRemindersForOneIncidentAsync();
        await using var _ = scenario;
        var op1 = IntakeServices.Operator("op-1", "op-1@test.kz");
        var group = (await Bell(scenario).LatestAsync(op1, Ct)).Single(e => e.IncidentNumber == incident);

        Assert.Equal(3, await Bell(scenario).MarkGroupReadAsync(op1, group, Ct));

        var all = await scenario.NotificationsAsync();
        Assert.All(all.Where(n => n.UserId == "op-1" && n.Link == $"/incidents/{incident}"), n => Assert.NotNull(n.ReadAtUtc));
        Assert.All(all.Where(n => n.UserId != "op-1" || n.Link == "/inbox"), n => Assert.Null(n.ReadAtUtc));
        Assert.Equal(2, await Bell(scenario).UnreadCountAsync(op1, Ct));
        var read = (await Bell(scenario).LatestAsync(op1, Ct)).Single(e => e.IncidentNumber == incident);
        Assert.Equal((false, 3), (read.IsUnread, read.Count));
    }

    [Fact]
    public async Task A_new_reminder_after_the_entry_was_read_makes_it_unread_again_counting_the_new_one()
    {
        var (scenario, incident) = await ThreeRemindersForOneIncidentAsync();
        await using var _ = scenario;
        var supervisor = IntakeServices.Operator("sup-1", "sup-1@test.kz");
        Assert.Equal(2, await Bell(scenario).UnreadCountAsync(supervisor, Ct)); // the identifier mail's breach, the registration's
        await Bell(scenario).MarkAllReadAsync(supervisor, Ct);

        // The R2 §9 analysis of the same incident is missed too: the Supervisors are told again.
        var analyse = await scenario.ObligationAsync("analyse");
        scenario.App.Clock.SetUtcNow(new DateTimeOffset(analyse.DueAtUtc!.Value.AddMinutes(1), TimeSpan.Zero));
        await scenario.RunJobAsync();

        var group = (await Bell(scenario).LatestAsync(supervisor, Ct)).Single(e => e.IncidentNumber == incident);
        Assert.Equal((true, 1, 1), (group.IsUnread, group.UnreadCount, group.Count));
        Assert.Equal(1, await Bell(scenario).UnreadCountAsync(supervisor, Ct));
    }
}
