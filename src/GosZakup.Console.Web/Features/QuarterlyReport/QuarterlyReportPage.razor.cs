using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Oversight;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace GosZakup.Console.Web.Features.QuarterlyReport;

public partial class QuarterlyReportPage
{
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    private System.Security.Claims.ClaimsPrincipal? user;
    private IReadOnlyList<QuarterlyReportRow>? rows;
    private QuarterlyReportRow? signing;
    private Quarter chosen = new(2026, 1);
    private bool requesting, reloading;

    // The "being built" toast of the report this page requested: replaced by "ready" (or "failed") when the build ends,
    // so no toast says "building" beside a finished report.
    private Snackbar? buildingToast;
    private (Guid Id, Quarter Quarter)? awaited;

    /// <summary>This quarter (so far) and the seven before it.</summary>
    private IEnumerable<Quarter> Quarters
    {
        get
        {
            var quarter = Quarter.Containing(Now.UtcDateTime);
            for (var i = 0; i < 8; i++, quarter = quarter.Previous) yield return quarter;
        }
    }

    protected override async Task OnInitializedAsync()
    {
        base.OnInitialized();
        user = (await AuthState).User;
        chosen = Quarter.Containing(Now.UtcDateTime).Previous;
        await LoadAsync();
    }

    /// <summary>While a build runs its progress is read again every tick of the shared clock; otherwise ticks are ignored.</summary>
    protected override bool OnTicked(DateTimeOffset now)
    {
        if (reloading || rows?.Any(r => r.IsRunning) != true) return false;
        _ = InvokeAsync(async () => { await LoadAsync(); StateHasChanged(); });
        return false;
    }

    private async Task LoadAsync()
    {
        reloading = true;
        try { rows = await Query.ListAsync(user!); }
        finally { reloading = false; }
        AnnounceFinishedBuild();
    }

    private void AnnounceFinishedBuild()
    {
        if (awaited is not { } request || rows?.FirstOrDefault(r => r.Id == request.Id) is not { IsRunning: false } finished) return;
        awaited = null;
        if (buildingToast is not null) Snackbar.Remove(buildingToast);
        buildingToast = null;
        if (finished.State == QuarterlyReportState.Failed)
            Snackbar.Add(L["Quarterly.Toast.Failed", Name(request.Quarter)], MudBlazor.Severity.Error);
        else
            Snackbar.Add(L["Quarterly.Toast.Ready", Name(request.Quarter)], MudBlazor.Severity.Success);
    }

    private async Task RequestAsync()
    {
        requesting = true;
        var result = await Commands.RequestAsync(chosen, user!);
        requesting = false;
        if (L.RefusalText(result) is { } refusal) Snackbar.Add(refusal, MudBlazor.Severity.Warning);
        else
        {
            if (buildingToast is not null) Snackbar.Remove(buildingToast);
            buildingToast = Snackbar.Add(L["Quarterly.Requested.Done", Name(chosen)], MudBlazor.Severity.Info);
            awaited = Guid.TryParse(result.Value, out var id) ? (id, chosen) : null;
        }
        await LoadAsync();
    }

    /// <summary>A stopped build may be built again, unless a newer build of its quarter is under way or done.</summary>
    private bool CanBuildAgain(QuarterlyReportRow row) =>
        user is not null && QuarterlyReportLifecycle.MayRequest(user.StaffRoles()) && (row.Stalled || row.Shown == QuarterlyReportState.Failed)
        && rows?.Any(r => r.Quarter == row.Quarter && r.RequestedAtUtc > row.RequestedAtUtc && r.Shown != QuarterlyReportState.Failed) != true;

    private async Task BuildAgainAsync(Quarter quarter)
    {
        chosen = quarter;
        await RequestAsync();
    }

    private async Task SignedAsync()
    {
        signing = null;
        await LoadAsync();
    }

    private string Name(Quarter quarter) => L["Quarterly.QuarterName", quarter.Number, quarter.Year];

    private static Color Colour(QuarterlyReportState state) => state switch
    {
        QuarterlyReportState.Signed => Color.Success,
        QuarterlyReportState.Ready => Color.Info,
        QuarterlyReportState.Failed => Color.Error,
        _ => Color.Default,
    };
}
