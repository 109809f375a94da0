using System.Security.Claims;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Web.Commands;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;

namespace GosZakup.Console.Web.Features.Incidents;

public partial class ReferralsPanel
{
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;
    [Parameter, EditorRequired] public Guid IncidentId { get; set; }

    private IncidentRecordsView view = IncidentRecordsView.Empty;
    private IReadOnlyList<ReferralKind> allowed = [];
    private ClaimsPrincipal user = new();
    private ReferralForm? form;
    private readonly FieldMessages errors = new();
    private readonly List<IBrowserFile> files = [];
    private readonly List<string> fileErrors = [];
    private bool busy;

    protected override async Task OnInitializedAsync()
    {
        user = (await AuthState).User;
        allowed = [.. Enum.GetValues<ReferralKind>().Where(kind => IncidentRecords.MayRefer(kind, user))];
        Notifier.IncidentChanged += OnChanged;
    }

    protected override async Task OnParametersSetAsync() => view = await Records.LoadAsync(IncidentId);

    private void Open(ReferralKind kind)
    {
        Close();
        form = ReferralForm.New(kind, Clock);
    }

    private void Close()
    {
        form = null;
        errors.Clear();
        files.Clear();
        fileErrors.Clear();
    }

    // Checked when chosen, so a refused file is known before the referral is saved (the service refuses it whole anyway).
    private async Task ChooseFilesAsync(IReadOnlyList<IBrowserFile>? chosen)
    {
        if (chosen is null) return;
        fileErrors.Clear();
        foreach (var file in chosen)
        {
            if (await DocumentUpload.RefusalAsync(file, L) is { } refused) fileErrors.Add(refused);
            else files.Add(file);
        }
    }

    private async Task SaveAsync()
    {
        busy = true;
        var result = await Records.ReferAsync(IncidentId, form!, [.. files.Select(DocumentUpload.From)], user);
        busy = false;
        errors.Show(result, L);
        if (L.RefusalText(result) is { } refusal) Snackbar.Add(refusal, Severity.Error);
        if (result.Succeeded)
        {
            Snackbar.Add(L["Referral.Saved"], Severity.Success);
            Close();
        }
        view = await Records.LoadAsync(IncidentId);
    }

    private void OnChanged(Guid id)
    {
        if (id == IncidentId) _ = InvokeAsync(async () => { view = await Records.LoadAsync(IncidentId); StateHasChanged(); });
    }

    public void Dispose() => Notifier.IncidentChanged -= OnChanged;
}
