using System.Security.Claims;
using GosZakup.Console.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace GosZakup.Console.Web.Features.Reminders;

public partial class NotificationBell
{
    private const int MaxSnackbars = 3;
    private static readonly TimeSpan Refresh = TimeSpan.FromSeconds(30);

    [CascadingParameter] private Task<AuthenticationState>? AuthState { get; set; }

    private ClaimsPrincipal? user;
    private string? userId;
    private int unread;
    private IReadOnlyList<NotificationGroup> latest = [];
    private readonly HashSet<Guid> seen = [];
    private DateTimeOffset lastLoad;
    private volatile bool changed;

    protected override async Task OnInitializedAsync()
    {
        base.OnInitialized();
        var principal = AuthState is null ? null : (await AuthState).User;
        if (principal?.Identity?.IsAuthenticated != true || principal.UserId() is not { } id) return;
        (user, userId) = (principal, id);
        Center.Changed += OnChanged;
        await LoadAsync(announce: false);
    }

    // Called from the saving thread, which carries no user's culture: the next tick (within a second) reloads
    // in the culture this component started in.
    private void OnChanged(IReadOnlySet<string> users)
    {
        if (userId is not null && users.Contains(userId)) changed = true;
    }

    // Other instances' notifications arrive with the periodic refresh.
    protected override bool OnTicked(DateTimeOffset now)
    {
        if (user is not null && (changed || now - lastLoad >= Refresh)) _ = ReloadAsync();
        return false;
    }

    private async Task ReloadAsync()
    {
        changed = false;
        lastLoad = Now;
        await LoadAsync(announce: true);
        StateHasChanged();
    }

    private async Task LoadAsync(bool announce)
    {
        lastLoad = Now;
        unread = await Notifications.UnreadCountAsync(user!);
        latest = await Notifications.LatestAsync(user!);
        // One snackbar per entry whose latest notification is new, not one per reminder: an incident's burst is one.
        var arrived = latest.Where(g => !seen.Contains(g.Latest.Id)).ToList();
        seen.UnionWith(arrived.Select(g => g.Latest.Id));
        if (!announce) return;
        // Oldest first, and at most a few: the bell lists the rest.
        foreach (var fresh in arrived.Where(g => g.IsUnread).Take(MaxSnackbars).Reverse())
            Snackbar.Add(SnackbarText(fresh), Severity.Info, config => config.OnClick = _ => OpenAsync(fresh));
    }

    private string SnackbarText(NotificationGroup group) => group.IncidentNumber is { } number && group.Count > 1
        ? $"{L["Notifications.Group.Unread", number, group.Count]}. {NotificationText.Format(L, group.Latest)}"
        : NotificationText.Format(L, group.Latest);

    private async Task OpenAsync(NotificationGroup group)
    {
        await Notifications.MarkGroupReadAsync(user!, group);
        await LoadAsync(announce: false);
        if (group.Link is { } link && LocalUrl.IsLocal(link)) Navigation.NavigateTo(link);
    }

    private async Task MarkAllReadAsync()
    {
        await Notifications.MarkAllReadAsync(user!);
        await LoadAsync(announce: false);
    }

    public override void Dispose()
    {
        Center.Changed -= OnChanged;
        base.Dispose();
    }
}
