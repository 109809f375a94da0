using Microsoft.AspNetCore.Components;
using System.Net.Http;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Localization;
using static Microsoft.AspNetCore.Components.Web.RenderMode;
using MudBlazor;
using GosZakup.Console.Web;
using GosZakup.Console.Web.Components;
using GosZakup.Console.Web.Components.Layout;
using GosZakup.Console.Web.Components.Shared;
using GosZakup.Console.Web.Localization;
using GosZakup.Console.Web.Resources;
using GosZakup.Console.Domain.Amounts;
using GosZakup.Console.Web.Security;
using GosZakup.Console.Web.Features.Admin;
using GosZakup.Console.Web.Features.Home;
using GosZakup.Console.Web.Features.Inbox;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Oversight;
using GosZakup.Console.Infrastructure.WorkingGroup;
using GosZakup.Console.Web.Features.Incidents;

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
    private IReadOnlyDictionary<string, string> errors = new Dictionary<string, string>();

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

    private void Close() => (form, file, errors) = (null, null, new Dictionary<string, string>());

    private async Task ChooseAsync(IBrowserFile? chosen)
    {
        file = null;
        if (chosen is null) return;
        if (await DocumentUpload.RefusalAsync(chosen, L) is { } refused) errors = new Dictionary<string, string> { ["File"] = refused };
        else (file, errors) = (chosen, new Dictionary<string, string>());
    }

    private async Task RegisterAsync()
    {
        busy = true;
        try
        {
            await using var content = file?.OpenReadStream(GosZakup.Console.Domain.Incidents.AttachmentRules.MaxBytes);
            var result = await Commands.RegisterAsync(form!, file?.Name, content, user);
            errors = result.Errors;
            if (result.Refusal is { } refusal) Snackbar.Add(refusal, Severity.Warning);
            if (!result.Succeeded) return;
            Snackbar.Add(L["Complaints.Registered"], Severity.Success);
            Navigation.NavigateTo($"/working-group/complaints/{result.Id}");
        }
        finally
        {
            busy = false;
        }
    }

    private bool Has(string field) => errors.ContainsKey(field);

    private string? Error(string field) => errors.GetValueOrDefault(field);
}
