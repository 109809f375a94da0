namespace GosZakup.Console.Web.Features.Reminders;

/// <summary>Tells the open circuits of this instance that some users' notifications changed (new ones, or
/// read in another tab), so their bells update and show the news at once. Other instances' bells catch up
/// on their periodic refresh.</summary>
public sealed class NotificationCenter
{
    public event Action<IReadOnlySet<string>>? Changed;

    public void Notify(IEnumerable<string> userIds)
    {
        var users = userIds.ToHashSet(StringComparer.Ordinal);
        if (users.Count > 0) Changed?.Invoke(users);
    }
}
