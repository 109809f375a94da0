using System.Text;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace GosZakup.Console.Infrastructure.Mail;

/// <summary>The MailKit side of the sender: connecting with the configured security, and turning an
/// outbox row into a MIME message.</summary>
public static class OutboxSmtp
{
    public static async Task ConnectAsync(SmtpClient smtp, SmtpSettings settings, CancellationToken ct)
    {
        await smtp.ConnectAsync(settings.Host, settings.Port, Socket(settings.Security), ct);
        if (!string.IsNullOrEmpty(settings.User))
            await smtp.AuthenticateAsync(settings.User, settings.Password ?? "", ct);
    }

    public static SecureSocketOptions Socket(SmtpSecurity security) => security switch
    {
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.None,
    };

    public static MimeMessage Compose(OutboxMessage message, MailSettings settings, DateTimeOffset now)
    {
        var from = MailboxAddress.Parse(settings.From);
        var mail = new MimeMessage
        {
            Subject = message.Subject,
            Date = now,
            // Derived from the row, so a resend after a crash carries the same id and receivers can drop it.
            MessageId = $"{message.Id:N}@{(string.IsNullOrEmpty(from.Domain) ? "goszakup.local" : from.Domain)}",
        };
        mail.From.Add(from);
        mail.To.Add(MailboxAddress.Parse(message.To));
        var body = new TextPart(MimeKit.Text.TextFormat.Plain);
        body.SetText(Encoding.UTF8, message.BodyText);
        mail.Body = body;
        return mail;
    }
}
