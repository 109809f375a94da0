using System.Security.Claims;
using GosZakup.Console.Domain.Incidents;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace GosZakup.Console.Web.Features.Dashboard;

public partial class DashboardPage
{
    /// <summary>The figures are recomputed at most this often; a change signalled on this instance is shown sooner.</summary>
    private static readonly TimeSpan Refresh = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan AfterChange = TimeSpan.FromSeconds(2);

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    private DashboardFigures? figures;
    private ClaimsPrincipal? user;
    private DateTime? fromDay, toDay;
    private AppealChannel? channel;
    private DashboardFilter applied = new();
    private DateTimeOffset lastLoad;
    private bool changed, loading;
    private string? filterError;

    protected override async Task OnInitializedAsync()
    {
        base.OnInitialized();
        applied = DashboardFilter.LastTwelveWeeks(Now);
        (fromDay, toDay) = (applied.FromDay, applied.ToDay);
        user = (await AuthState).User;
        Incidents.IncidentChanged += OnIncidentChanged;
        Inbox.AppealsChanged += OnChanged;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        loading = true;
        try
        {
            lastLoad = Now;
            changed = false;
            figures = await Query.FiguresAsync(applied, Now.UtcDateTime);
        }
        finally
        {
            loading = false;
        }
    }

    // The countdowns tick on their own from the shared ticker; the page only decides when to recompute the figures.
    protected override bool OnTicked(DateTimeOffset now)
    {
        if (!loading && (now - lastLoad >= Refresh || (changed && now - lastLoad >= AfterChange))) _ = ReloadAsync();
        return false;
    }

    private void OnIncidentChanged(Guid _) => OnChanged();

    private void OnChanged() => changed = true;

    private async Task ReloadAsync()
    {
        await LoadAsync();
        StateHasChanged();
    }

    private Task ApplyAsync()
    {
        filterError = fromDay > toDay ? L["Dashboard.BadPeriod"].Value : null;
        if (filterError is not null) return Task.CompletedTask;
        applied = new DashboardFilter(fromDay, toDay, channel);
        return LoadAsync();
    }

    public override void Dispose()
    {
        Incidents.IncidentChanged -= OnIncidentChanged;
        Inbox.AppealsChanged -= OnChanged;
        base.Dispose();
    }
}
