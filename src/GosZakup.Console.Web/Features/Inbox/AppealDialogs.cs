using GosZakup.Console.Domain.Calendar;
using MudBlazor;

namespace GosZakup.Console.Web.Features.Inbox;

/// <summary>Opens the appeal dialog the one way the Inbox button and the global shortcut both use.</summary>
public static class AppealDialogs
{
    // The dialog decides itself what a backdrop click or Esc does (it asks before discarding typed work).
    private static readonly DialogOptions Options = new() { MaxWidth = MaxWidth.Medium, FullWidth = true, BackdropClick = true, CloseOnEscapeKey = false };

    /// <summary>A new appeal received now, Astana wall clock.</summary>
    public static AppealForm NewForm(DateTimeOffset now) => new() { ReceivedAt = AstanaTime.ToWallClock(now) };

    /// <summary>Shows the dialog and answers what was done (for a toast), or null when it was cancelled.</summary>
    public static async Task<string?> ShowAsync(IDialogService dialogs, string title, AppealForm form, Guid? existingAppealId = null)
    {
        var parameters = new DialogParameters<AppealDialog> { { d => d.Form, form }, { d => d.ExistingAppealId, existingAppealId } };
        var dialog = await dialogs.ShowAsync<AppealDialog>(title, parameters, Options);
        var result = await dialog.Result;
        return result is { Canceled: false, Data: string done } ? done : null;
    }
}
