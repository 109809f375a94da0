using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Extensions;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Infrastructure.Extensions;
using GosZakup.Console.Web.Commands;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace GosZakup.Console.Web.Features.Extensions;

public partial class ExtensionsPanel
{
    private const int PageSize = 25;

    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;
    [Parameter, EditorRequired] public Guid IncidentId { get; set; }
    [Parameter, EditorRequired] public string IncidentNumber { get; set; } = "";

    /// <summary>The incident's last event has not been computed yet (its "extensions due" mark is set).</summary>
    [Parameter] public bool Due { get; set; }

    private SourceOrders? orders;
    private int page = 1;
    private bool isSupervisor, busy;
    private System.Security.Claims.ClaimsPrincipal user = new();
    private ExtensionOrderRecord? editing;
    private DateTime? overrideAt;
    private string? overrideReason;
    private readonly FieldMessages errors = new();

    protected override async Task OnInitializedAsync()
    {
        user = (await Auth).User;
        isSupervisor = user.IsInRole(StaffRole.Supervisor);
        Notifier.IncidentChanged += OnChanged;
    }

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync() =>
        orders = await Query.ForSourcesAsync(IncidentFailureFacts.Sources(IncidentNumber), (page - 1) * PageSize, PageSize, CancellationToken.None);

    private async Task PageAsync(int selected)
    {
        page = selected;
        await LoadAsync();
    }

    private void OnChanged(Guid id)
    {
        if (id == IncidentId) _ = InvokeAsync(async () => { await LoadAsync(); StateHasChanged(); });
    }

    private async Task ApproveAsync()
    {
        busy = true;
        var result = await Approval.ApproveAsync(IncidentFailureFacts.Sources(IncidentNumber), orders!.Snapshot, user);
        busy = false;
        Snackbar.Add(result.Succeeded ? L["Extensions.Approved.Done"] : L.RefusalText(result) ?? "",
            result.Succeeded ? MudBlazor.Severity.Success : MudBlazor.Severity.Warning);
        await LoadAsync();
    }

    private void StartOverride(ExtensionOrderRecord order)
    {
        (editing, overrideAt, overrideReason) = (order, AstanaTime.ToWallClock(order.NewUtc), null);
        errors.Clear();
    }

    private async Task SaveOverrideAsync()
    {
        busy = true;
        var result = await Approval.OverrideAsync(editing!.Id, editing.Version, overrideAt, overrideReason, user);
        busy = false;
        errors.Show(result, L);
        if (result.Succeeded) editing = null;
        else if (L.RefusalText(result) is { } refusal) Snackbar.Add(refusal, MudBlazor.Severity.Warning);
        await LoadAsync();
    }

    private static Color StateColor(ExtensionOrderState state) => state switch
    {
        ExtensionOrderState.Proposed => Color.Warning,
        ExtensionOrderState.Applied => Color.Info,
        ExtensionOrderState.Published => Color.Success,
        _ => Color.Default,
    };

    public void Dispose() => Notifier.IncidentChanged -= OnChanged;
}
