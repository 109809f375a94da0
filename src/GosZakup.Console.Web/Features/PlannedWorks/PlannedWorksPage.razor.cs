using System.Security.Claims;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Web.Commands;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace GosZakup.Console.Web.Features.PlannedWorks;

public partial class PlannedWorksPage
{
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;

    private ClaimsPrincipal user = new();
    private IReadOnlyList<int> years = [];
    private IReadOnlyList<string> knownModules = [];
    private int year;
    private WorksPlanView? view;
    private readonly HashSet<Guid> expanded = [];
    private bool loading = true, busy, canEdit, isSupervisor;

    private DateTime Now => Clock.GetUtcNow().UtcDateTime;

    protected override async Task OnInitializedAsync()
    {
        user = (await Auth).User;
        (canEdit, isSupervisor) = (WorksPlanCommands.CanEdit(user), user.IsInRole(StaffRole.Supervisor));
        year = Query.CurrentYear;
        years = await Query.YearsAsync();
        knownModules = await Query.KnownModulesAsync();
        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        loading = view is null;
        view = await Query.LoadAsync(year);
        loading = false;
    }

    private async Task YearChangedAsync(int chosen)
    {
        (year, view) = (chosen, null);
        expanded.Clear();
        await ReloadAsync();
    }

    private void Toggle(Guid id)
    {
        if (!expanded.Remove(id)) expanded.Add(id);
    }

    private string StateText(WorksWindowView item) => item.State switch
    {
        WorksWindowState.Over => L["PlannedWorks.WindowState.Over", AstanaTime.Labelled(item.Window.ActualEndUtc!.Value)],
        WorksWindowState.NoticePublished => L["PlannedWorks.WindowState.NoticePublished", AstanaTime.Labelled(item.Window.NoticeQueuedAtUtc!.Value)],
        WorksWindowState.Approved => L["PlannedWorks.WindowState.Approved"],
        _ => L["PlannedWorks.WindowState.Draft"],
    };

    private async Task CreateAsync()
    {
        Show(await Plans.CreateAsync(year, user), null);
        await ReloadAsync();
    }

    private async Task ApproveAsync()
    {
        if (view is null) return;
        busy = true;
        try
        {
            Show(await Plans.ApproveAsync(view.Plan.Id, view.Plan.Version, user), L["PlannedWorks.Approved", year]);
            await ReloadAsync();
        }
        finally
        {
            busy = false;
        }
    }

    private Task AddAsync() => OpenAsync(WorksWindowForm.For(view!.Plan.Id), L["PlannedWorks.AddWindow"]);

    private Task EditAsync(WorksWindowView item) => OpenAsync(WorksWindowForm.From(item.Window, [.. knownModules]), item.Window.Code);

    private async Task OpenAsync(WorksWindowForm form, string title)
    {
        var parameters = new DialogParameters<WorksWindowDialog> { { d => d.Form, form }, { d => d.KnownModules, knownModules }, { d => d.User, user } };
        var dialog = await Dialogs.ShowAsync<WorksWindowDialog>(title, parameters, new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
        var result = await dialog.Result;
        if (result is null || result.Canceled) return;
        if (result.Data is string message) Snackbar.Add(message, Severity.Success);
        if (result.Data is CommandResult refused) Show(refused, null);
        await ReloadAsync();
    }

    private async Task DeleteAsync(WorksWindowView item)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(item.Window.Code, L["PlannedWorks.DeleteConfirm", item.Window.Code], L["PlannedWorks.DeleteWindow"],
            L["Common.Cancel"]);
        if (confirmed != true) return;
        Show(await WindowCommands.DeleteAsync(item.Window.Id, item.Window.Version, user), L["PlannedWorks.Deleted", item.Window.Code]);
        await ReloadAsync();
    }

    private Task ChangedAsync() => ReloadAsync();

    private void Show(CommandResult result, string? done)
    {
        if (result.Succeeded)
        {
            if (done is not null) Snackbar.Add(done, Severity.Success);
            return;
        }
        foreach (var message in L.FieldTexts(result).Values.Append(L.RefusalText(result)).OfType<string>()) Snackbar.Add(message, Severity.Warning);
    }
}
