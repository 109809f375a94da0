using System.Security.Claims;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Oversight;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Incidents;
using GosZakup.Console.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;

namespace GosZakup.Console.Web.Features.Complaints;

public partial class ComplaintsPage
{
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;

    private ClaimsPrincipal user = new();
    private bool mayRegister;
    private IReadOnlyList<ComplaintView> complaints = [];
    private IReadOnlyList<ComplaintSender> heads = [];
    private bool loading = true;
    private bool busy;
    private ComplaintForm? form;
    private IBrowserFile? file;
    private readonly FieldMessages errors = new();

    protected override async Task OnInitializedAsync()
    {
        user = (await Auth).User;
        mayRegister = ComplaintLifecycle.MayRegister(user.StaffRoles());
        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        loading = true;
        complaints = await Query.ListAsync();
        loading = false;
    }

    private async Task Open()
    {
        heads = await Query.HeadsAsync();
        var now = AstanaTime.ToWallClock(Clock.GetUtcNow());
        now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMinute));
        form = new ComplaintForm { ReceivedAt = now, LetterDate = now.Date, FromMemberId = heads.Count == 1 ? heads[0].Id : null };
    }

    private void Close()
    {
        (form, file) = (null, null);
        errors.Clear();
    }

    private async Task ChooseAsync(IBrowserFile? chosen)
    {
        file = null;
        if (chosen is null) return;
        if (await DocumentUpload.FaultAsync(chosen) is { } refused) errors.Show(new Dictionary<string, ResourceText> { ["File"] = refused }, L);
        else
        {
            file = chosen;
            errors.Clear();
        }
    }

    private async Task RegisterAsync()
    {
        busy = true;
        try
        {
            await using var content = file?.OpenReadStream(GosZakup.Console.Domain.Incidents.AttachmentRules.MaxBytes);
            var result = await Commands.RegisterAsync(form!, file?.Name, content, user);
            errors.Show(result, L);
            if (L.RefusalText(result) is { } refusal) Snackbar.Add(refusal, Severity.Warning);
            if (!result.Succeeded) return;
            Snackbar.Add(L["Complaints.Registered"], Severity.Success);
            Navigation.NavigateTo($"/working-group/complaints/{result.Value}");
        }
        finally
        {
            busy = false;
        }
    }

}
