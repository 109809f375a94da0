using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Web.Commands;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.JSInterop;
using MudBlazor;
using AttachmentRules = GosZakup.Console.Domain.Incidents.AttachmentRules;

namespace GosZakup.Console.Web.Features.Inbox;

/// <summary>The new-appeal dialog's steps: the form, the review of what will be stored (issue 16 §1), the discard
/// question and the done state with the new number; the markup is in AppealDialog.razor.</summary>
public partial class AppealDialog
{
    [CascadingParameter] private IMudDialogInstance MudDialog { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Parameter, EditorRequired] public AppealForm Form { get; set; } = new();

    /// <summary>An appeal already in the Inbox (its channel and received time are stored); null for a new one.</summary>
    [Parameter] public Guid? ExistingAppealId { get; set; }

    private enum Step { Form, Review, Discard, Done }

    private Step step = Step.Form;
    private bool startedOver;
    private Guid? AppealId => startedOver ? null : ExistingAppealId;

    private readonly FieldMessages errors = new();
    private string? conflict;
    private bool busy;
    private bool focusPending = true;
    private AppealSummary? summary;
    private bool pendingRegister;
    private string? registeredNumber;
    private string? lastMessage;
    private DuplicateSearch duplicates = default!;

    private ChannelPicker? channelPicker;
    private MudTextField<string>? organisationField;
    private MudButton? confirmButton;
    private MudButton? keepButton;
    private MudButton? newButton;

    private string? TaxpayerHint => Domain.Identifiers.TaxpayerNumber.TryParse(Form.TaxpayerNumber, out var number, out _)
        ? L[number!.Kind == Domain.Identifiers.TaxpayerKind.Individual ? "Appeal.IsPerson" : "Appeal.IsLegalEntity"].Value
        : null;

    private readonly List<IBrowserFile> files = [];
    private readonly List<string> fileErrors = [];

    protected override async Task OnInitializedAsync()
    {
        duplicates = new DuplicateSearch(Duplicates, Clock);
        if (AppealId is not null) await FindDuplicatesAsync();
    }

    private IJSObjectReference? keysModule;
    private IJSObjectReference? dialogKeys;
    private DotNetObjectReference<AppealDialog>? self;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            self = DotNetObjectReference.Create(this);
            keysModule = await JS.InvokeAsync<IJSObjectReference>("import", "./js/keyboard-shortcuts.js");
            dialogKeys = await keysModule.InvokeAsync<IJSObjectReference>("watchDialog", self);
        }
        if (!focusPending) return;
        focusPending = false;
        var focus = step switch
        {
            Step.Review => confirmButton?.FocusAsync(),
            Step.Discard => keepButton?.FocusAsync(),
            Step.Done => newButton?.FocusAsync(),
            _ when AppealId is null => channelPicker?.FocusAsync(),
            _ => organisationField?.FocusAsync(),
        };
        if (focus is { } pending) await pending;
    }

    private void GoTo(Step next)
    {
        step = next;
        focusPending = true;
    }

    /// <summary>From keyboard-shortcuts.js: Ctrl+Enter registers (or confirms what the review shows); Esc closes.</summary>
    [JSInvokable]
    public async Task OnDialogKey(string key)
    {
        if (key == "escape") await RequestCloseAsync();
        else if (step == Step.Form) await SaveAsync(register: true);
        else if (step == Step.Review) await ConfirmAsync();
        StateHasChanged();
    }

    // A click on the backdrop or Esc never throws typed work away without asking; Esc on a question steps back.
    private Task RequestCloseAsync()
    {
        if (step == Step.Done) CloseDone();
        else if (step is Step.Review or Step.Discard) GoTo(Step.Form);
        else if (Form.IsBlank) MudDialog.Cancel();
        else GoTo(Step.Discard);
        return Task.CompletedTask;
    }

    private Task BackToFormAsync()
    {
        GoTo(Step.Form);
        return Task.CompletedTask;
    }

    private void CloseDone() => MudDialog.Close(DialogResult.Ok(lastMessage));

    private void OpenIncident()
    {
        CloseDone();
        Navigation.NavigateTo($"/incidents/{Uri.EscapeDataString(registeredNumber ?? "")}");
    }

    private Task StartOverAsync()
    {
        Form.StartOver(AstanaTime.ToWallClock(Clock.GetUtcNow()));
        errors.Clear();
        (startedOver, conflict, summary, registeredNumber) = (true, null, null, null);
        files.Clear();
        fileErrors.Clear();
        duplicates.Reset();
        GoTo(Step.Form);
        return Task.CompletedTask;
    }

    // Checked when chosen (size, then type from the first bytes), so a refused file never follows a saved appeal.
    private async Task ChooseFilesAsync(IReadOnlyList<IBrowserFile> chosen)
    {
        fileErrors.Clear();
        foreach (var file in chosen)
        {
            if (file.Size > AttachmentRules.MaxBytes)
            {
                fileErrors.Add(L["Attachment.TooLarge", file.Name, AttachmentRules.MaxBytes / 1024 / 1024]);
                continue;
            }
            var head = new byte[AttachmentRules.HeadLength];
            await using var stream = file.OpenReadStream(AttachmentRules.MaxBytes);
            var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false);
            if (AttachmentRules.DetectType(head.AsSpan(0, read)) is null) fileErrors.Add(L["Attachment.TypeRefused", file.Name]);
            else files.Add(file);
        }
    }

    private async Task AttachAsync(Guid appealId, string? user)
    {
        foreach (var file in files)
        {
            await using var stream = file.OpenReadStream(AttachmentRules.MaxBytes);
            if (await Attachments.AddAsync(appealId, file.Name, stream, user) is { } refused) fileErrors.Add(refused);
        }
    }

    private DateTime ReceivedUtcOrNow => Form.ReceivedAt is { } received ? AstanaTime.FromWallClock(received) : Clock.GetUtcNow().UtcDateTime;

    private Task FieldsChangedAsync() => duplicates.FieldsChangedAsync(Form, ReceivedUtcOrNow, AppealId, () => InvokeAsync(StateHasChanged));

    private Task FindDuplicatesAsync() => duplicates.FieldsChangedAsync(Form, ReceivedUtcOrNow, AppealId, () => InvokeAsync(StateHasChanged), now: true);

    private async Task LinkAsync(LikelyIncident incident)
    {
        busy = true;
        var user = (await AuthState).User;
        var result = AppealId is { } id ? CommandResult<AppealSaved>.Ok(new(id)) : await Intake.ReceiveAsync(Form);
        if (result.Succeeded) await AttachAsync(result.Value!.AppealId, user.Identity?.Name);
        if (result.Succeeded)
            result = await Registration.LinkAsync(result.Value!.AppealId, incident.IncidentId, Form, user);
        busy = false;
        errors.Show(result, L);
        conflict = L.RefusalText(result);
        if (result.Succeeded) MudDialog.Close(DialogResult.Ok(L["Duplicate.Linked", incident.Number].Value));
    }

    /// <summary>A new appeal whose time or channel looks off is shown for confirmation first (issue 16 §1).</summary>
    private async Task SaveAsync(bool register)
    {
        if (busy) return;
        if (AppealId is null)
        {
            errors.Show(Validator.Validate(Form, NodaTime.Instant.FromDateTimeOffset(Clock.GetUtcNow())), L);
            if (errors.Count > 0) return;
            var user = (await AuthState).User.Identity?.Name ?? "";
            summary = await Review.ReviewAsync(Form, await LastChannels.GetAsync(user));
            pendingRegister = register;
            if (summary.NeedsConfirmation)
            {
                GoTo(Step.Review);
                return;
            }
        }
        await StoreAsync(register);
    }

    private async Task ConfirmAsync()
    {
        if (busy) return;
        await StoreAsync(pendingRegister);
    }

    private async Task StoreAsync(bool register)
    {
        busy = true;
        var user = (await AuthState).User;
        var isNew = AppealId is null;
        var result = AppealId is { } id ? CommandResult<AppealSaved>.Ok(new(id)) : await Intake.ReceiveAsync(Form);
        if (result.Succeeded) await AttachAsync(result.Value!.AppealId, user.Identity?.Name);
        if (result.Succeeded && register)
            result = await Registration.RegisterAsync(result.Value!.AppealId, Form, user);
        busy = false;
        errors.Show(result, L);
        conflict = L.RefusalText(result);
        if (!result.Succeeded)
        {
            GoTo(Step.Form);
            return;
        }
        if (isNew) await LastChannels.RememberAsync(user.Identity?.Name ?? "", Form.Channel);
        if (result.Value!.IncidentNumber is not { } number)
        {
            MudDialog.Close(DialogResult.Ok(L["Inbox.Saved"].Value));
            return;
        }
        (registeredNumber, lastMessage) = (number, L["Inbox.Registered", number].Value);
        GoTo(Step.Done);
    }

    public async ValueTask DisposeAsync()
    {
        duplicates?.Dispose();
        try
        {
            if (dialogKeys is not null) await dialogKeys.InvokeVoidAsync("dispose");
            if (dialogKeys is not null) await dialogKeys.DisposeAsync();
            if (keysModule is not null) await keysModule.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone, and the page's listener with it.
        }
        self?.Dispose();
    }
}
