using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace GosZakup.Console.Web.Features.Inbox;

public partial class InboxPage
{
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "view")] public string? View { get; set; }
    [SupplyParameterFromQuery(Name = "saved")] public Guid? Saved { get; set; }

    private MudTable<InboxRow>? table;
    private InboxCounts counts = InboxCounts.None;
    private int? viewTotal;
    private string? shownView;
    private string? me;
    private DateTimeOffset lastLoad;

    private async Task<int> CountOfAsync(string query) =>
        await Query.CountAsync(SavedViews.BuiltInViews.ViewOf(query), await MeAsync(), Now.UtcDateTime);

    protected override async Task OnInitializedAsync()
    {
        base.OnInitialized();
        Notifier.AppealsChanged += OnAppealsChanged;
        shownView = View;
        await LoadCountsAsync();
    }

    // A chip changed the view: its first page.
    protected override async Task OnParametersSetAsync()
    {
        if (View == shownView) return;
        shownView = View;
        await LoadAsync();
    }

    private async Task<string?> MeAsync() => me ??= (await AuthState).User.UserId();

    private async Task LoadCountsAsync()
    {
        counts = await Query.CountsAsync(Now.UtcDateTime);
        lastLoad = Now;
    }

    private async Task<TableData<InboxRow>> LoadPageAsync(TableState state, CancellationToken ct)
    {
        var page = await Query.PageAsync(View, await MeAsync(), Now.UtcDateTime, state.Page * state.PageSize, state.PageSize, ct);
        if (viewTotal != page.Total)
        {
            viewTotal = page.Total;
            StateHasChanged();
        }
        return new TableData<InboxRow> { Items = page.Rows, TotalItems = page.Total };
    }

    private async Task LoadAsync()
    {
        await LoadCountsAsync();
        if (table is not null) await table.ReloadServerData();
    }

    // Appeals registered on this instance arrive at once; other instances' within 15 seconds.
    protected override bool OnTicked(DateTimeOffset now)
    {
        if (now - lastLoad >= TimeSpan.FromSeconds(15)) _ = InvokeAsync(ReloadAsync);
        return false;
    }

    private void OnAppealsChanged() => _ = InvokeAsync(ReloadAsync);

    private async Task ReloadAsync()
    {
        await LoadAsync();
        StateHasChanged();
    }

    private Task NewAsync() => OpenAsync(AppealDialogs.NewForm(Now), null, L["Inbox.New"]);

    private async Task TakeAsync(AppealRecord appeal)
    {
        var result = await Registration.TakeAsync(appeal.Id, (await AuthState).User);
        if (L.RefusalText(result) is { } message) Snackbar.Add(message, Severity.Warning);
        await LoadAsync();
    }

    private async Task RegisterAsync(AppealRecord appeal)
    {
        var taken = await Registration.TakeAsync(appeal.Id, (await AuthState).User);
        if (L.RefusalText(taken) is { } message)
        {
            Snackbar.Add(message, Severity.Warning);
            await LoadAsync();
            return;
        }
        await OpenAsync(FormOf(appeal), appeal.Id, L["Appeal.Register"]);
    }

    private async Task OpenAsync(AppealForm form, Guid? appealId, string title)
    {
        if (await AppealDialogs.ShowAsync(Dialogs, title, form, appealId) is { } done) Snackbar.Add(done, Severity.Success);
        await LoadAsync();
    }

    private static AppealForm FormOf(AppealRecord appeal) => new()
    {
        Channel = appeal.Channel,
        ReceivedAt = AstanaTime.ToWallClock(appeal.ReceivedAtUtc),
        DetectedAt = appeal.DetectedAtUtc is { } detected ? AstanaTime.ToWallClock(detected) : null,
        OrganisationName = appeal.OrganisationName, TaxpayerNumber = appeal.TaxpayerNumber, ContactEmail = appeal.ContactEmail,
        ContactPhone = appeal.ContactPhone, Description = appeal.Description, ProcurementNumbers = appeal.ProcurementNumbers, LotNumbers = appeal.LotNumbers,
        ParticipationBlocked = appeal.ParticipationBlocked,
    };

    public override void Dispose()
    {
        Notifier.AppealsChanged -= OnAppealsChanged;
        base.Dispose();
    }
}
