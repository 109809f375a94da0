using GosZakup.Console.Infrastructure.Notifications;

namespace GosZakup.Console.Web.Features.Reminders;

/// <summary>One entry of the bell: all of one incident's notifications together (its reminders and breach alerts,
/// which otherwise arrive by the dozen while an incident is live), or a single notification about anything else.
/// <see cref="Count"/> counts the unread ones while any is unread, else all of them.</summary>
public sealed record NotificationGroup(string? IncidentNumber, NotificationRecord Latest, int Count, int UnreadCount)
{
    public const string IncidentPrefix = "/incidents/";

    /// <summary>Where the incident page lists its duties.</summary>
    public const string DutiesAnchor = "duties";

    public bool IsUnread => UnreadCount > 0;

    /// <summary>What opening the entry leads to: for an incident, its duties.</summary>
    public string? Link => IncidentNumber is null ? Latest.Link : $"{Latest.Link}#{DutiesAnchor}";

    /// <summary>The incident a notification is about, read from its link; null for anything else.</summary>
    public static string? IncidentOf(NotificationRecord notification) =>
        notification.Link is { } link && link.StartsWith(IncidentPrefix, StringComparison.Ordinal) && link.Length > IncidentPrefix.Length
            ? Uri.UnescapeDataString(link[IncidentPrefix.Length..])
            : null;

    /// <summary>Groups notifications, newest first, into bell entries, newest first.</summary>
    public static IReadOnlyList<NotificationGroup> Of(IEnumerable<NotificationRecord> newestFirst)
    {
        var groups = new List<NotificationGroup>();
        foreach (var same in newestFirst.GroupBy(n => IncidentOf(n) is { } number ? "incident:" + number : n.Id.ToString()))
        {
            var list = same.ToList();
            var unread = list.Count(n => n.ReadAtUtc is null);
            groups.Add(new NotificationGroup(IncidentOf(list[0]), list[0], unread > 0 ? unread : list.Count, unread));
        }
        return groups;
    }
}
