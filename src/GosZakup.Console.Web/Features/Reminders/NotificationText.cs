using GosZakup.Console.Infrastructure.Notifications;
using GosZakup.Console.Web.Localization;
using GosZakup.Console.Web.Resources;
using Microsoft.Extensions.Localization;

namespace GosZakup.Console.Web.Features.Reminders;

/// <summary>A notification's text is a resource key and arguments, so each reader sees it in their own
/// language. An argument written with <see cref="Resource"/> is itself a resource key (a duty's name) and is
/// translated too, and a clause code ("R2 §7") is put in the reader's words; any other argument (a number, a time,
/// an organisation) is shown as it is.</summary>
public static class NotificationText
{
    public const char Separator = '\u001F';

    private const string ResourcePrefix = "res:";

    /// <summary>An argument to be translated when shown, e.g. <c>Resource("Duty.register")</c>.</summary>
    public static string Resource(string key) => ResourcePrefix + key;

    public static NotificationRecord Compose(string userId, DateTime createdAtUtc, string messageKey, string? link, params string[] arguments) => new()
    {
        UserId = userId, CreatedAtUtc = createdAtUtc, MessageKey = messageKey, Link = link,
        Arguments = string.Join(Separator, arguments),
    };

    public static string Format(IStringLocalizer<SharedResource> l, NotificationRecord notification)
    {
        var arguments = notification.Arguments.Length == 0
            ? []
            : notification.Arguments.Split(Separator)
                .Select(a => a.StartsWith(ResourcePrefix, StringComparison.Ordinal) ? l[a[ResourcePrefix.Length..]].Value
                    : ClauseLabels.IsCode(a) ? ClauseLabels.Format(a) : a)
                .ToArray<object>();
        return l[notification.MessageKey, arguments];
    }
}
