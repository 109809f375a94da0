using System.Security.Claims;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.MailTemplates;
using GosZakup.Console.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Severity = GosZakup.Console.Domain.Incidents.Severity;

namespace GosZakup.Console.Web.Features.Incidents;

public partial class IncidentPage
{
    [Parameter] public string Number { get; set; } = "";
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;

    private IncidentView? view;
    private ClaimsPrincipal user = new();
    private IReadOnlyList<IncidentAction> actions = [];
    private bool deciding, confirming;
    private DecisionForm decision = new();
    private IReadOnlyList<string>? modules;
    private readonly FieldMessages errors = new();
    private NoticePreview? preview;

    protected override async Task OnInitializedAsync()
    {
        user = (await Auth).User;
        Notifier.IncidentChanged += OnChanged;
    }

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        view = await Query.LoadAsync(Number);
        actions = view is null ? [] : IncidentLifecycle.AvailableActions(view.Incident.Status, user.StaffRoles());
    }

    private void OnChanged(Guid id)
    {
        if (view?.Incident.Id == id) _ = InvokeAsync(async () => { await LoadAsync(); StateHasChanged(); });
    }

    private async Task ActAsync(IncidentAction action)
    {
        var incident = view!.Incident;
        switch (action)
        {
            case IncidentAction.Confirm or IncidentAction.Refute:
                (deciding, confirming) = (true, action == IncidentAction.Confirm);
                decision.PlannedFixAt ??= AstanaTime.ToWallClock(Clock.GetUtcNow().AddHours(2));
                modules ??= await ProcurementRegistry.ModulesAsync(CancellationToken.None);
                return;
            case IncidentAction.Assign: await Done(Commands.AssignAsync(incident.Id, incident.Version, user)); break;
            case IncidentAction.StartFix: await Done(Commands.StartFixAsync(incident.Id, incident.Version, user)); break;
            case IncidentAction.Close: await Done(Commands.CloseAsync(incident.Id, incident.Version, user)); break;
            case IncidentAction.RecordFix:
                Snackbar.Add(L["Incident.RecordFixBelow"], MudBlazor.Severity.Info);
                break;
        }
    }

    private Task SendConfirmationAlertAsync(Severity suspected) =>
        Done(Commands.SendConfirmationAlertAsync(view!.Incident.Id, view.Incident.Version, suspected, user));

    /// <summary>The open duties a call or letter may fulfil, and while the decision is pending the R2 §25 alert, whose calls
    /// follow its e-mail (the e-mail alone meets the duty).</summary>
    private IReadOnlyList<string> ContactDuties()
    {
        var codes = view!.Open.Select(o => o.Code).Distinct().ToList();
        if (view.Incident.ConfirmationAlertSentAtUtc is not null && view.Incident.DecidedAtUtc is null
            && !codes.Contains(ObligationCatalogue.ConfirmationAlert.Code))
            codes.Add(ObligationCatalogue.ConfirmationAlert.Code);
        return codes;
    }

    private async Task ConfirmAsync() { if (await Done(Commands.ConfirmAsync(view!.Incident.Id, view.Incident.Version, decision, user))) deciding = false; }

    private async Task RefuteAsync() { if (await Done(Commands.RefuteAsync(view!.Incident.Id, view.Incident.Version, decision, user))) deciding = false; }

    private Task ClassifyAsync(DecisionForm form) => Done(Commands.ClassifyAsync(view!.Incident.Id, view.Incident.Version, form, user));

    private Task ChangePlannedFixAsync(DateTime? at) => Done(Commands.ChangePlannedFixAsync(view!.Incident.Id, view.Incident.Version, at, user));

    private Task ChangeLevelAsync((Severity Level, string? Reason) change) =>
        Done(Commands.ChangeLevelAsync(view!.Incident.Id, view.Incident.Version, change.Level, change.Reason, user));

    private Task RecordFixAsync((DateTime? At, string Measures) fix) =>
        Done(Commands.RecordFixAsync(view!.Incident.Id, view.Incident.Version, fix.At, fix.Measures, user));

    private Task LogContactAsync(ContactForm form) => Done(Notices.LogContactAsync(view!.Incident.Id, form, user));

    private async Task PreviewAsync(MailTemplateKind kind) => preview = await Notices.PreviewAsync(view!.Incident.Id, kind);

    private async Task SendAsync()
    {
        if (await Done(Notices.SendAsync(view!.Incident.Id, preview!.Kind, user))) preview = null;
    }

    /// <returns>Whether the command succeeded; its messages are shown either way.</returns>
    private async Task<bool> Done(Task<CommandResult> command)
    {
        var result = await command;
        errors.Show(result, L);
        if (L.RefusalText(result) is { } refusal) Snackbar.Add(refusal, MudBlazor.Severity.Error);
        else if (result.Succeeded) Snackbar.Add(L["Incident.Saved"], MudBlazor.Severity.Success);
        await LoadAsync();
        return result.Succeeded;
    }

    public void Dispose() => Notifier.IncidentChanged -= OnChanged;
}
