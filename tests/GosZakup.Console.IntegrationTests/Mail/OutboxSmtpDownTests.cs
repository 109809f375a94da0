using GosZakup.Console.Infrastructure.Mail;

namespace GosZakup.Console.IntegrationTests.Mail;

public class OutboxSmtpDownTests
{
    [Fact]
    public async Task While_SMTP_is_down_due_mail_is_rescheduled_with_back_off_and_delivered_once_it_is_back()
    {
        using var world = await OutboxScenario.StartAsync();
        var start = world.Now;
        world.Smtp.Stop();
        await world.QueueAsync(OutboxScenario.Mail(to: "first@example.kz", subjectId: "down-1"));
        await world.QueueAsync(OutboxScenario.Mail(to: "second@example.kz", subjectId: "down-2"));

        Assert.Equal(0, await world.RunSenderAsync());
        var afterFirstFailure = await world.RowsAsync();
        Assert.Equal(0, await world.RunSenderAsync()); // not due again yet: nothing is retried early
        world.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0, await world.RunSenderAsync());
        var afterSecondFailure = await world.RowsAsync();

        Assert.All(afterFirstFailure, row =>
        {
            Assert.Equal(1, row.Attempts);
            Assert.Equal(start.AddMinutes(1), row.NextAttemptAtUtc);
            Assert.False(string.IsNullOrWhiteSpace(row.LastError));
            Assert.Null(row.SentAtUtc);
        });
        Assert.All(afterSecondFailure, row =>
        {
            Assert.Equal(2, row.Attempts);
            Assert.Equal(start.AddMinutes(1 + 2), row.NextAttemptAtUtc);
            Assert.Contains("Connect", row.LastError, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(MailFailure.ServerUnreachable, MailFailures.Of(row.LastError)); // what the incident page says, in words
        });

        await world.Smtp.StartAsync(TestContext.Current.CancellationToken);
        world.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0, await world.RunSenderAsync()); // back-off of 2 minutes not over
        world.Clock.Advance(TimeSpan.FromMinutes(1));
        var sent = await world.RunSenderAsync();

        Assert.Equal(2, sent);
        Assert.Equal(["first@example.kz", "second@example.kz"],
            world.Smtp.Received().Select(m => m.To.Mailboxes.Single().Address).Order());
        Assert.All(await world.RowsAsync(), row => Assert.Equal(world.Now, row.SentAtUtc));
        Assert.Equal(0, await world.RunSenderAsync());
        Assert.Equal(2, world.Smtp.Received().Count);
    }
}
