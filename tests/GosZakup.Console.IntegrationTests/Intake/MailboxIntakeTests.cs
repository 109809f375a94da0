using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Mail;
using GosZakup.Console.IntegrationTests.Mail;
using GosZakup.Console.Web.Features.Inbox;
using GosZakup.Console.Web.Features.Mailbox;
using MailKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace GosZakup.Console.IntegrationTests.Intake;

/// <summary>E-mail appeals fetched from a real dovecot mailbox (R2 §5-§6): received at the server's arrival
/// time, attachments kept, each message taken once however often (or however concurrently) the job runs.</summary>
public sealed class MailboxIntakeTests : IAsyncLifetime
{
    // The services' clock: Friday 20 November 2026, 12:10 Astana. The mail arrived at 11:55 Astana.
    private static readonly DateTimeOffset ArrivedAt = new(2026, 11, 20, 11, 55, 0, TimeSpan.FromHours(5));
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];

    private ImapServer imap = null!;
    private IntakeServices services = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        imap = await ImapServer.StartNewAsync(Ct);
        var settings = new MailSettings { Imap = { Host = "127.0.0.1", Port = imap.Port, User = ImapServer.User, Password = ImapServer.Password } };
        services = await IntakeServices.StartAsync(s => s.AddSingleton(settings).AddMailbox());
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await imap.DisposeAsync();
    }

    [Fact]
    public async Task A_message_becomes_one_appeal_received_at_its_arrival_time_with_its_attachments_however_often_the_job_runs()
    {
        await imap.DeliverAsync(Message("<m1@kazenergo.kz>", withAttachments: true), ArrivedAt, Ct);

        Assert.Equal(1, await RunJobAsync());
        Assert.Equal(0, await RunJobAsync());

        await using var db = services.NewDb();
        var appeal = Assert.Single(await db.Set<AppealRecord>().ToListAsync(Ct));
        Assert.Equal(AppealChannel.Email, appeal.Channel);
        Assert.Equal(ArrivedAt.UtcDateTime, appeal.ReceivedAtUtc);
        Assert.Equal("ivanov@kazenergo.kz", appeal.ContactEmail);
        Assert.Equal("Иванов И. (ТОО «КазЭнерго»)", appeal.OrganisationName);
        Assert.StartsWith("Не открывается модуль конкурсов", appeal.Description);
        Assert.Contains("ошибка 502", appeal.Description);
        Assert.NotNull(appeal.RegistrationDueAtUtc);
        // The screenshot is kept; the executable is refused by its content (R1 §8), not by its name.
        var attachment = Assert.Single(await db.Set<AttachmentRecord>().Where(a => a.AppealId == appeal.Id).ToListAsync(Ct));
        Assert.Equal(("screen.png", "image/png"), (attachment.FileName, attachment.ContentType));
        var (flags, keywords) = Assert.Single(await imap.FlagsAsync(Ct));
        Assert.True(flags.HasFlag(MessageFlags.Seen));
        Assert.Contains(MailboxIntakeJob.TakenKeyword, keywords);
    }

    [Fact]
    public async Task Two_runs_at_once_still_make_one_appeal_per_message()
    {
        await imap.DeliverAsync(Message("<m2@kazenergo.kz>"), ArrivedAt, Ct);
        await imap.DeliverAsync(Message("<m3@kazenergo.kz>"), ArrivedAt.AddMinutes(1), Ct);

        await Task.WhenAll(RunJobAsync(), RunJobAsync());

        await using var db = services.NewDb();
        Assert.Equal(2, await db.Set<AppealRecord>().CountAsync(Ct));
        Assert.All(await imap.FlagsAsync(Ct), m => Assert.Contains(MailboxIntakeJob.TakenKeyword, m.Keywords));
    }

    [Fact]
    public async Task A_run_that_stopped_after_saving_the_appeal_is_finished_by_the_next_run_without_a_second_appeal()
    {
        var message = Message("<m4@kazenergo.kz>", withAttachments: true);
        await imap.DeliverAsync(message, ArrivedAt, Ct);
        // What a run that crashed after saving the appeal (before attachments and before marking the message) left.
        var key = MailboxIntakeJob.KeyOf(message, uidValidity: 0, new UniqueId(1));
        var first = await services.Get<AppealIntake>().ReceiveAsync(MailAppeal.From(message, ArrivedAt), Ct, key);
        Assert.True(first.Succeeded);

        await RunJobAsync();

        await using var db = services.NewDb();
        var appeal = Assert.Single(await db.Set<AppealRecord>().ToListAsync(Ct));
        Assert.Equal(first.Value!.AppealId, appeal.Id);
        Assert.Single(await db.Set<AttachmentRecord>().Where(a => a.AppealId == appeal.Id).ToListAsync(Ct));
        Assert.Contains(MailboxIntakeJob.TakenKeyword, Assert.Single(await imap.FlagsAsync(Ct)).Keywords);
    }

    [Fact]
    public async Task A_message_that_cannot_be_an_appeal_stays_in_the_mailbox_marked_refused()
    {
        // Arrived 40 days ago: older than any appeal the console accepts (the mailbox was not read).
        await imap.DeliverAsync(Message("<old@kazenergo.kz>"), ArrivedAt.AddDays(-40), Ct);

        Assert.Equal(0, await RunJobAsync());

        await using var db = services.NewDb();
        Assert.Equal(0, await db.Set<AppealRecord>().CountAsync(Ct));
        Assert.Contains(MailboxIntakeJob.RefusedKeyword, Assert.Single(await imap.FlagsAsync(Ct)).Keywords);
    }

    [Fact]
    public async Task An_html_only_message_is_kept_as_plain_text_and_its_markup_is_never_kept_as_markup()
    {
        var message = Message("<html@kazenergo.kz>");
        message.Body = new TextPart("html")
        {
            Text = "<p>Портал <b>недоступен</b></p><script>alert('x')</script><p>Ссылка: <a href=\"javascript:alert(1)\">тут</a> &lt;img&gt;</p>"
        };
        await imap.DeliverAsync(message, ArrivedAt, Ct);

        Assert.Equal(1, await RunJobAsync());

        await using var db = services.NewDb();
        var description = Assert.Single(await db.Set<AppealRecord>().ToListAsync(Ct)).Description;
        Assert.Contains("Портал недоступен", description);
        Assert.DoesNotContain("alert('x')", description);
        Assert.DoesNotContain("<", description);
        Assert.Contains("‹img›", description);
    }

    private async Task<int> RunJobAsync()
    {
        await using var scope = services.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MailboxIntakeJob>().RunAsync(Ct);
    }

    private static MimeMessage Message(string messageId, bool withAttachments = false)
    {
        var message = new MimeMessage { MessageId = messageId.Trim('<', '>'), Subject = "Не открывается модуль конкурсов", Date = ArrivedAt.AddMinutes(-1) };
        message.From.Add(new MailboxAddress("Иванов И. (ТОО «КазЭнерго»)", "ivanov@kazenergo.kz"));
        message.To.Add(new MailboxAddress("Контакт-центр", ImapServer.User));
        var body = new BodyBuilder { TextBody = "С 11:40 при подаче заявки ошибка 502. Объявление 15234567-1." };
        if (withAttachments)
        {
            body.Attachments.Add("screen.png", Png, new ContentType("image", "png"));
            body.Attachments.Add("readme.pdf.exe", [0x4D, 0x5A, 0x90, 0x00, 0x03], new ContentType("application", "octet-stream"));
        }
        message.Body = body.ToMessageBody();
        return message;
    }
}
