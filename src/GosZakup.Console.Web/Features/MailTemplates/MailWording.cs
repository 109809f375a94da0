using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Infrastructure.Mail;
using GosZakup.Console.Web.Resources;
using Microsoft.Extensions.Localization;

namespace GosZakup.Console.Web.Features.MailTemplates;

/// <summary>An outbox message as a reader sees it: what kind of notice it is ("Alert to the Working Group", not
/// "wg-alert") and, while it waits, why and when it is tried again ("mail server unreachable; attempt 3 failed, next
/// try at 14:32 (UTC+5)"), never the exception text, which stays in the log and the outbox row.</summary>
public static class MailWording
{
    public static string Kind(string kind, IStringLocalizer<SharedResource> l) =>
        l[$"MailTemplates.Kind.{kind}"] is { ResourceNotFound: false } word ? word.Value : l["MailTemplates.Kind.Other"].Value;

    /// <summary>Null when nothing has failed yet.</summary>
    public static string? Failure(OutboxMessage message, IStringLocalizer<SharedResource> l) =>
        message.LastError is null || message.SentAtUtc is not null
            ? null
            : l["Mail.Failure.Retry", l[$"Mail.Failure.{MailFailures.Of(message.LastError)}"].Value, message.Attempts,
                AstanaTime.Labelled(message.NextAttemptAtUtc)].Value;
}
