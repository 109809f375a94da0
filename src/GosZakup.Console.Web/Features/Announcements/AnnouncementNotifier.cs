using System.Globalization;

namespace GosZakup.Console.Web.Features.Announcements;

/// <summary>Tells open pages of this instance that an announcement changed, so the public page and the
/// editors show a publication at once.</summary>
public sealed class AnnouncementNotifier
{
    private event Action? AnnouncementsChanged;

    public void Changed() => AnnouncementsChanged?.Invoke();

    /// <summary>Runs <paramref name="reload"/> through the component's <paramref name="dispatch"/> on every change, in
    /// the culture the component started in: the change arrives on the thread (and culture) of whoever made it.</summary>
    public IDisposable Subscribe(Func<Func<Task>, Task> dispatch, Func<Task> reload)
    {
        var (uiCulture, culture) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        Action handler = () => _ = dispatch(() =>
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (uiCulture, culture);
            return reload();
        });
        AnnouncementsChanged += handler;
        return new Subscription(() => AnnouncementsChanged -= handler);
    }

    private sealed class Subscription(Action end) : IDisposable
    {
        public void Dispose() => end();
    }
}
