using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace GosZakup.Console.Infrastructure.Mail;

/// <summary>The one way to queue mail: the message is added to the caller's context and saved by the
/// caller's own SaveChanges, so it exists exactly when the change that causes it was committed.</summary>
public sealed class MailOutbox(TimeProvider clock)
{
    /// <summary>Adds the message to <paramref name="db"/> without saving it.</summary>
    /// <exception cref="ArgumentException">The address is not one mailbox, or a required field is empty.</exception>
    public OutboxMessage Enqueue(DbContext db, OutgoingMail mail)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(mail);
        ArgumentException.ThrowIfNullOrWhiteSpace(mail.Kind, nameof(mail));
        ArgumentException.ThrowIfNullOrWhiteSpace(mail.Subject, nameof(mail));
        if (!IsOneMailbox(mail.To))
            throw new ArgumentException($"'{mail.To}' is not one e-mail address.", nameof(mail));

        var now = clock.GetUtcNow().UtcDateTime;
        var message = new OutboxMessage
        {
            CreatedAtUtc = now, NextAttemptAtUtc = now,
            Kind = mail.Kind, SubjectType = mail.SubjectType, SubjectId = mail.SubjectId,
            To = mail.To.Trim(), Subject = mail.Subject, BodyText = mail.BodyText,
        };
        db.Set<OutboxMessage>().Add(message);
        return message;
    }

    // MimeKit accepts a bare local part ("ivanov") as a mailbox; the SMTP server would not deliver it.
    private static bool IsOneMailbox(string? address) =>
        !string.IsNullOrWhiteSpace(address)
        && MailboxAddress.TryParse(address, out var mailbox)
        && !string.IsNullOrEmpty(mailbox.Domain);
}
