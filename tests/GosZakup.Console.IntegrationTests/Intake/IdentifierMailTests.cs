using System.Globalization;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Mail;
using GosZakup.Console.IntegrationTests.Mail;
using GosZakup.Console.Web.Features.Inbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace GosZakup.Console.IntegrationTests.Intake;

public class IdentifierMailTests
{
    [Fact]
    public async Task Registration_e_mails_the_incident_number_in_Kazakh_and_Russian_and_the_sending_meets_R2_8()
    {
        using var smtp = await SmtpServer.StartNewAsync(TestContext.Current.CancellationToken);
        await using var app = await IntakeServices.StartAsync();
        var form = new AppealForm
        {
            Channel = AppealChannel.Email, ReceivedAt = DateTime.ParseExact("2026-11-20 12:05", "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            OrganisationName = "ТОО «Ақ Жол»", ContactEmail = "tender@akzhol.kz", Description = "Сбой при подаче ценового предложения",
        };
        var received = await app.Get<AppealIntake>().ReceiveAsync(form, TestContext.Current.CancellationToken);
        var registered =
            await app.Get<AppealRegistration>().RegisterAsync(received.Value!.AppealId, form, IntakeServices.Operator(), TestContext.Current.CancellationToken);

        await using (var db = app.NewDb())
        {
            var queued = await db.Set<OutboxMessage>().SingleAsync(TestContext.Current.CancellationToken);
            Assert.Equal("id-email", queued.Kind);
            Assert.Null(queued.SentAtUtc);
        }
        await using (var db = app.NewDb())
        {
            var settings = new MailSettings { Smtp = { Host = "127.0.0.1", Port = smtp.Port } };
            Assert.Equal(1,
                await new SendOutboxJob(db, settings, app.Clock, NullLogger<SendOutboxJob>.Instance).RunAsync(TestContext.Current.CancellationToken));
        }

        var mail = Assert.Single(smtp.Received());
        Assert.Equal("tender@akzhol.kz", mail.To.Mailboxes.Single().Address);
        Assert.Contains(registered.Value!.IncidentNumber!, mail.Subject);
        Assert.Contains("Өтінішіңіз тіркелді", mail.Subject);
        Assert.Contains("Ваше обращение зарегистрировано", mail.Subject);
        Assert.Contains("тіркеу журналында " + registered.Value!.IncidentNumber, mail.TextBody);
        Assert.Contains("20.11.2026 12:05", mail.TextBody);
        await using var check = app.NewDb();
        var duty = await check.Obligations.SingleAsync(o => o.Code == "id-email", TestContext.Current.CancellationToken);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, duty.MetAtUtc);
    }
}
