using System.Security.Claims;
using GosZakup.Console.Infrastructure.SavedViews;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace GosZakup.Console.Web.Features.SavedViews;

public partial class SavedViewChips
{
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    /// <summary>Which list: one of <see cref="ViewLists"/>.</summary>
    [Parameter, EditorRequired] public string List { get; set; } = "";
    [Parameter, EditorRequired] public string BasePath { get; set; } = "";

    /// <summary>The built-in views, "all" first; each is the query "view=key" (and "all" no query at all).</summary>
    [Parameter, EditorRequired] public IReadOnlyList<string> BuiltIns { get; set; } = [];
    [Parameter] public string? View { get; set; }
    [Parameter] public Guid? Saved { get; set; }

    /// <summary>The list's filter now, as its page reads it from the address (without "?").</summary>
    [Parameter, EditorRequired] public string CurrentQuery { get; set; } = "";

    /// <summary>How many rows a query gives.</summary>
    [Parameter, EditorRequired] public Func<string, Task<int>> CountOf { get; set; } = default!;

    /// <summary>When set, <see cref="CountOf"/> counts only up to this many: a higher count is shown as "1000+".</summary>
    [Parameter] public int? CountLimit { get; set; }

    private IReadOnlyList<SavedViewRecord> mine = [];
    private Dictionary<string, int> counts = [];
    private ClaimsPrincipal? user;
    private bool naming;
    private string? name, error;
    private DateTimeOffset lastCount;

    public const string All = "all";

    public static string BuiltInQuery(string key) => key == All ? "" : $"view={Uri.EscapeDataString(key)}";

    protected override async Task OnInitializedAsync()
    {
        base.OnInitialized();
        user = (await AuthState).User;
        mine = await Store.ListAsync(user, List);
        await CountAsync();
    }

    protected override bool OnTicked(DateTimeOffset now)
    {
        if (now - lastCount >= TimeSpan.FromSeconds(15)) _ = RecountAsync();
        return false;
    }

    private async Task RecountAsync()
    {
        await CountAsync();
        StateHasChanged();
    }

    private async Task CountAsync()
    {
        lastCount = Now;
        var fresh = new Dictionary<string, int>();
        foreach (var query in BuiltIns.Select(BuiltInQuery).Concat(mine.Select(v => v.Query)).Distinct())
            fresh[query] = await CountOf(query);
        counts = fresh;
    }

    private string Shown(int count) => CountLimit is { } limit && count > limit
        ? L["Common.CountMoreThan", limit.ToString("N0", System.Globalization.CultureInfo.CurrentCulture)].Value
        : count.ToString(System.Globalization.CultureInfo.CurrentCulture);

    private bool IsCurrent(string key) => Saved is null && (View ?? All) == key;

    private string BuiltInLink(string key) => key == All ? BasePath : $"{BasePath}?{BuiltInQuery(key)}";

    private string SavedLink(SavedViewRecord view) =>
        $"{BasePath}?{(view.Query.Length == 0 ? "" : view.Query + "&")}saved={view.Id}";

    private async Task KeyAsync(KeyboardEventArgs e)
    {
        if (e.Key == "Enter") await SaveAsync();
    }

    private async Task SaveAsync()
    {
        var (saved, problem) = await Store.SaveAsync(user!, List, name, CurrentQuery);
        error = problem;
        if (saved is null) return;
        (naming, name) = (false, null);
        mine = await Store.ListAsync(user!, List);
        await CountAsync();
        Navigation.NavigateTo(SavedLink(saved));
    }

    private async Task DeleteAsync(SavedViewRecord view)
    {
        if (!await Store.DeleteAsync(user!, view.Id)) return;
        mine = await Store.ListAsync(user!, List);
        Snackbar.Add(L["SavedViews.Deleted", view.Name], Severity.Info);
        if (Saved == view.Id) Navigation.NavigateTo(BasePath);
    }
}
