using Bunit;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Infrastructure.Calendar;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Web.Features.Calendar;
using GosZakup.Console.Web.Features.Inbox;
using Microsoft.AspNetCore.Components.Server.ProtectedBrowserStorage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GosZakup.Console.Web.Tests;

/// <summary>The appeal dialog over the real intake and registration services, on a migrated SQLite file and the
/// pinned clock (20.11.2026 12:10 Astana, a Friday in working hours).</summary>
public abstract class AppealDialogHost : ConsoleTestContext
{
    protected AppealDialogHost()
    {
        AddAuthorization().SetAuthorized("operator@demo.kz").SetRoles("Operator");
        Services.AddCalendar();
        Services.AddSingleton(ObligationSettings.Default);
        Services.AddSingleton<GosZakup.Console.Infrastructure.Mail.MailOutbox>();
        Services.AddInbox(Path.Combine(Path.GetTempPath(), "goszakup-bunit"));
        Services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
        Services.AddScoped<ProtectedLocalStorage>();
    }

    /// <summary>A complete phone appeal received now (by the pinned clock).</summary>
    protected static AppealForm PhoneAppealNow() => new()
    {
        ReceivedAt = new DateTime(2026, 11, 20, 12, 10, 0), OrganisationName = "ТОО «Ақ Жол»", ContactPhone = "+7 701 234 56 78", Description = "Сбой",
    };

    protected async Task<IRenderedComponent<MudDialogProvider>> OpenAsync(AppealForm form)
    {
        await (await MigratedDatabaseAsync()).DisposeAsync();
        var provider = Render<MudDialogProvider>();
        var parameters = new DialogParameters<AppealDialog> { { d => d.Form, form } };
        // Not awaited: ShowAsync completes only once the provider has rendered the dialog on this same dispatcher.
        await provider.InvokeAsync(() => { _ = Services.GetRequiredService<IDialogService>().ShowAsync<AppealDialog>("New appeal", parameters); });
        provider.WaitForElement("[data-testid=appeal-save]", TimeSpan.FromSeconds(20));
        return provider;
    }

    protected async Task<List<AppealRecord>> SavedAppealsAsync()
    {
        await using var db = await MigratedDatabaseAsync();
        return await db.Set<AppealRecord>().Include(a => a.Incident).ToListAsync(Xunit.TestContext.Current.CancellationToken);
    }
}
