using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace GosZakup.Console.Web.Features.Admin;

public partial class UsersPage
{
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    private IReadOnlyList<UserRow> rows = [];
    private string? search;
    private bool loading = true;

    protected override Task OnInitializedAsync() => ReloadAsync();

    private async Task ReloadAsync()
    {
        loading = true;
        rows = await Admin.ListAsync(search);
        loading = false;
    }

    private Task SearchAsync(string? text)
    {
        search = text;
        return ReloadAsync();
    }

    private bool IsLocked(UserRow row) => row.LockedUntil is { } end && end > Clock.GetUtcNow();

    private Task CreateAsync() => OpenUserDialogAsync(new UserForm(), L["Users.Create"]);

    private Task EditAsync(UserRow row) => OpenUserDialogAsync(UserForm.From(row), row.Email);

    private async Task OpenUserDialogAsync(UserForm form, string title)
    {
        var parameters = new DialogParameters<UserDialog> { { d => d.Form, form }, { d => d.ActingUserId, await ActingUserIdAsync() } };
        var dialog = await Dialogs.ShowAsync<UserDialog>(title, parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        await AfterDialogAsync(await dialog.Result);
    }

    private async Task ResetPasswordAsync(UserRow row)
    {
        var parameters = new DialogParameters<PasswordDialog> { { d => d.User, row } };
        var dialog =
            await Dialogs.ShowAsync<PasswordDialog>(L["Users.ResetPassword"], parameters,
                new DialogOptions { MaxWidth = MaxWidth.ExtraSmall, FullWidth = true });
        await AfterDialogAsync(await dialog.Result);
    }

    private async Task AfterDialogAsync(DialogResult? result)
    {
        if (result is null || result.Canceled) return;
        if (result.Data is string message) Snackbar.Add(message, Severity.Success);
        await ReloadAsync();
    }

    private async Task ToggleDisabledAsync(UserRow row)
    {
        var disable = !row.IsDisabled;
        await RunAsync(Admin.SetDisabledAsync(row.Id, row.ConcurrencyStamp, disable, await ActingUserIdAsync()),
            disable ? L["Users.WasDisabled", row.Email] : L["Users.WasEnabled", row.Email]);
    }

    private Task UnlockAsync(UserRow row) =>
        RunAsync(Admin.UnlockAsync(row.Id, row.ConcurrencyStamp), L["Users.WasUnlocked", row.Email]);

    private async Task RunAsync(Task<CommandResult> action, string success)
    {
        var result = await action;
        if (result.Succeeded) Snackbar.Add(success, Severity.Success);
        foreach (var error in L.FieldTexts(result).Values) Snackbar.Add(error, Severity.Error);
        if (L.RefusalText(result) is { } refusal) Snackbar.Add(refusal, result.Refusal == RefusalCode.Stale ? Severity.Warning : Severity.Error);
        await ReloadAsync();
    }

    private async Task<string> ActingUserIdAsync() => (await AuthState).User.UserId() ?? "";
}
