using System.Globalization;
using GosZakup.Console.Web.Hosting;
using Microsoft.AspNetCore.Components;

namespace GosZakup.Console.Web.Components.Shared;

/// <summary>A component that re-renders on the shared once-a-second ticker. The ticker calls from a timer
/// thread that carries no user's culture, so each tick renders in the culture the component started in.</summary>
public abstract class TickingComponent : ComponentBase, IDisposable
{
    private CultureInfo uiCulture = CultureInfo.CurrentUICulture;
    private CultureInfo culture = CultureInfo.CurrentCulture;

    [Inject] protected ClockTicker Ticker { get; set; } = default!;

    protected DateTimeOffset Now { get; private set; }

    protected override void OnInitialized()
    {
        (uiCulture, culture) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        Now = Ticker.Now;
        if (FollowsTicker) Ticker.Ticked += OnTick;
    }

    /// <summary>False for a component whose parent ticks for it (and passes the time down), so that a whole table of
    /// countdowns renders in one batch per tick rather than one batch per countdown.</summary>
    protected virtual bool FollowsTicker => true;

    /// <summary>Called on each tick before rendering; return false to skip this tick's render.</summary>
    protected virtual bool OnTicked(DateTimeOffset now) => true;

    private void OnTick(DateTimeOffset now) => _ = InvokeAsync(() =>
    {
        (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (uiCulture, culture);
        Now = now;
        if (OnTicked(now)) StateHasChanged();
    });

    public virtual void Dispose()
    {
        Ticker.Ticked -= OnTick;
        GC.SuppressFinalize(this);
    }
}
