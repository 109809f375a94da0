using Bunit;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Infrastructure.Calendar;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Web.Features.Inbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GosZakup.Console.Web.Tests;

public class AppealDialogTests : ConsoleTestContext
{
    private async Task<IRenderedComponent<MudDialogProvider>> OpenAsync(AppealForm form)
    {
        AddAuthorization().SetAuthorized("operator@demo.kz").SetRoles("Operator");
        Services.AddSingleton<CalendarStore>();
        Services.AddSingleton(ObligationSettings.Default);
        Services.AddSingleton<InboxNotifier>();
        Services.AddSingleton<GosZakup.Console.Infrastructure.Mail.MailOutbox>();
        Services.AddScoped<AppealValidator>();
        Services.AddScoped<AppealIntake>();
        Services.AddScoped<AppealRegistration>();
        Services.AddScoped<DuplicateFinder>();
        Services.AddSingleton(new AttachmentFolder(Path.Combine(Path.GetTempPath(), "goszakup-bunit-attachments")));
        Services.AddScoped<AttachmentStore>();
        await (await MigratedDatabaseAsync()).DisposeAsync();
        var provider = Render<MudDialogProvider>();
        var parameters = new DialogParameters<AppealDialog> { { d => d.Form, form } };
        // Not awaited: ShowAsync completes only once the provider has rendered the dialog on this same dispatcher.
        await provider.InvokeAsync(() => { _ = Services.GetRequiredService<IDialogService>().ShowAsync<AppealDialog>("New appeal", parameters); });
        provider.WaitForElement("[data-testid=appeal-save]", TimeSpan.FromSeconds(20));
        return provider;
    }

    private static AppealForm Valid() => new()
    {
        ReceivedAt = new DateTime(2026, 11, 20, 12, 10, 0), OrganisationName = "ТОО «Ақ Жол»", ContactPhone = "+7 701 234 56 78", Description = "Сбой",
    };

    [Fact]
    public async Task An_empty_form_says_what_is_missing_field_by_field()
    {
        var cut = await OpenAsync(new AppealForm { ReceivedAt = new DateTime(2026, 11, 20, 12, 10, 0) });

        cut.Find("[data-testid=appeal-save]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Enter the organisation that applied.", cut.Markup));
        Assert.Contains("Describe the failure.", cut.Markup);
        Assert.Contains("Give an e-mail or a phone number to answer the user.", cut.Markup);
    }

    [Theory]
    [InlineData("kk-KZ", "БСН/ЖСН жарамсыз")]
    [InlineData("ru-RU", "Неверный БИН/ИИН")]
    [InlineData("en-US", "Not a valid BIN/IIN")]
    public async Task A_wrong_check_digit_is_explained_in_the_users_language(string culture, string message)
    {
        UseCulture(culture);
        var form = Valid();
        form.TaxpayerNumber = "080340000124";
        var cut = await OpenAsync(form);

        cut.Find("[data-testid=appeal-save]").Click();

        cut.WaitForAssertion(() => Assert.Contains(message, cut.Markup));
        await using var db = await MigratedDatabaseAsync();
        Assert.Equal(0, await db.Set<AppealRecord>().CountAsync(Xunit.TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_valid_BIN_is_recognised_as_a_legal_entity_as_it_is_typed()
    {
        var form = Valid();
        form.TaxpayerNumber = "080340000123";

        var cut = await OpenAsync(form);

        Assert.Contains("BIN: a legal entity", cut.Markup);
    }
}
