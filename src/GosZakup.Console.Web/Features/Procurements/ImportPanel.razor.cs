using GosZakup.Console.Domain.Staff;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;

namespace GosZakup.Console.Web.Features.Procurements;

public partial class ImportPanel
{
    /// <summary>Who may import: the desk roles that keep procurement data current.</summary>
    public static readonly string[] ImportRoles = [StaffRole.Operator, StaffRole.Supervisor];

    [Parameter] public EventCallback Finished { get; set; }
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;
    private ImportProgress? progress;
    private string? refusal;
    private CancellationTokenSource? polling;
    private bool mayImport;

    private bool Running => progress is { IsRunning: true };

    /// <summary>The person's latest import of the day, from the database: still shown (and followed) after a reload or a restart.</summary>
    protected override async Task OnInitializedAsync()
    {
        var user = (await AuthState).User;
        mayImport = ImportRoles.Any(user.IsInRole);
        if (user.Identity?.Name is not { } name) return;
        progress = await Imports.LatestAsync(name);
        if (Running) _ = PollAsync(progress!.Id);
    }

    private async Task AgainAsync()
    {
        var user = (await AuthState).User;
        if (progress is null || !ImportRoles.Any(user.IsInRole)) return;
        if (await Imports.AgainAsync(progress.Id, user.Identity?.Name ?? "?") is not { } id) return;
        progress = await Imports.FindAsync(id);
        _ = PollAsync(id);
    }

    private string Where(ImportProblem problem) =>
        problem.Position > 0 ? L["Procurements.Import.At", problem.Position, problem.Number ?? "—"] : L["Procurements.Import.AtNumber", problem.Number ?? "—"];

    private async Task UploadAsync(IBrowserFile? file)
    {
        refusal = null;
        if (file is null) return;
        var user = (await AuthState).User;
        if (!ImportRoles.Any(user.IsInRole)) return;
        if (!file.Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !file.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            refusal = L["Procurements.Import.WrongType"];
            return;
        }

        if (file.Size > ProcurementImportJob.MaxBytes)
        {
            refusal = L["Procurements.Import.TooLarge", ProcurementImportJob.MaxBytes / 1024 / 1024];
            return;
        }

        string content;
        using (var reader = new StreamReader(file.OpenReadStream(ProcurementImportJob.MaxBytes)))
            content = await reader.ReadToEndAsync();
        var id = await Imports.QueueAsync(file.Name, content, user.Identity?.Name ?? "?");
        progress = await Imports.FindAsync(id);
        _ = PollAsync(id);
    }

    private async Task PollAsync(Guid id)
    {
        polling?.Cancel();
        polling = new CancellationTokenSource();
        var ct = polling.Token;
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(500));
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                progress = await Imports.FindAsync(id, ct);
                await InvokeAsync(StateHasChanged);
                if (!Running)
                {
                    await InvokeAsync(Finished.InvokeAsync);
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public void Dispose()
    {
        polling?.Cancel();
        polling?.Dispose();
    }
}
