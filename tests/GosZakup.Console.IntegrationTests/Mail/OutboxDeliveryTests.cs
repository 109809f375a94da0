using GosZakup.Console.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace GosZakup.Console.IntegrationTests.Mail;

public class OutboxDeliveryTests
{
    private static string Normalized(string? text) => (text ?? "").ReplaceLineEndings("\n").TrimEnd('\n');

    [Fact]
    public async Task A_queued_message_is_delivered_once_with_Kazakh_and_Russian_text_intact()
    {
        using var world = await OutboxScenario.StartAsync();
        var queued = await world.QueueAsync(OutboxScenario.Mail());

        var sent = await world.RunSenderAsync();
        world.Clock.Advance(TimeSpan.FromHours(2));
        var sentAgain = await world.RunSenderAsync();

        Assert.Equal(1, sent);
        Assert.Equal(0, sentAgain);
        var mail = Assert.Single(world.Smtp.Received());
        Assert.Equal(OutboxScenario.KazakhAndRussianSubject, mail.Subject);
        Assert.Equal(Normalized(OutboxScenario.KazakhAndRussianBody), Normalized(mail.TextBody));
        var to = Assert.Single(mail.To.Mailboxes);
        Assert.Equal(("Әйгерім Сәрсенова", "aigerim@example.kz"), (to.Name, to.Address));
        var from = Assert.Single(mail.From.Mailboxes);
        Assert.Equal(("GosZakup.Console", "noreply@goszakup.local"), (from.Name, from.Address));
        Assert.Equal("utf-8", Assert.IsType<TextPart>(mail.Body).ContentType.Charset, ignoreCase: true);
        Assert.StartsWith(queued.Id.ToString("N"), mail.MessageId, StringComparison.Ordinal);
        var row = Assert.Single(await world.RowsAsync());
        Assert.Equal(world.Now.AddHours(-2), row.SentAtUtc);
        Assert.Equal(0, row.Attempts);
    }

    [Fact]
    public async Task A_message_whose_caller_never_saved_or_rolled_back_is_never_sent()
    {
        using var world = await OutboxScenario.StartAsync();
        await using (var disposedUnsaved = world.NewContext())
            new MailOutbox(world.Clock).Enqueue(disposedUnsaved, OutboxScenario.Mail(subjectId: "unsaved"));
        await using (var rolledBack = world.NewContext())
        {
            await using var transaction = await rolledBack.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
            new MailOutbox(world.Clock).Enqueue(rolledBack, OutboxScenario.Mail(subjectId: "rolled-back"));
            await rolledBack.SaveChangesAsync(TestContext.Current.CancellationToken);
            await transaction.RollbackAsync(TestContext.Current.CancellationToken);
        }

        var sent = await world.RunSenderAsync();

        Assert.Equal(0, sent);
        Assert.Empty(world.Smtp.Received());
        Assert.Empty(await world.RowsAsync());
    }

    [Fact]
    public async Task A_message_not_yet_due_is_not_sent_until_its_time()
    {
        using var world = await OutboxScenario.StartAsync();
        await world.QueueAsync(OutboxScenario.Mail(), m => m.NextAttemptAtUtc = world.Now.AddMinutes(10));

        var early = await world.RunSenderAsync();
        world.Clock.Advance(TimeSpan.FromMinutes(9));
        var stillEarly = await world.RunSenderAsync();
        var receivedEarly = world.Smtp.Received().Count;
        world.Clock.Advance(TimeSpan.FromMinutes(1));
        var onTime = await world.RunSenderAsync();

        Assert.Equal((0, 0, 0), (early, stillEarly, receivedEarly));
        Assert.Equal(1, onTime);
        Assert.Single(world.Smtp.Received());
    }

    [Fact]
    public async Task Two_runs_racing_send_each_message_exactly_once()
    {
        using var world = await OutboxScenario.StartAsync();
        for (var i = 0; i < 12; i++)
            await world.QueueAsync(OutboxScenario.Mail(to: $"user{i}@example.kz", subjectId: $"race-{i:D2}"));

        var runs = await Task.WhenAll(Task.Run(world.RunSenderAsync), Task.Run(world.RunSenderAsync));

        Assert.Equal(12, runs.Sum());
        var recipients = world.Smtp.Received().Select(m => m.To.Mailboxes.Single().Address).Order().ToList();
        Assert.Equal(Enumerable.Range(0, 12).Select(i => $"user{i}@example.kz").Order(), recipients);
        Assert.All(await world.RowsAsync(), row => Assert.NotNull(row.SentAtUtc));
    }
}
