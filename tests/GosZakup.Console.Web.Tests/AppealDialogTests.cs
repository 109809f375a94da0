using Bunit;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Infrastructure.Calendar;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Web.Features.Inbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GosZakup.Console.Web.Tests;

public class AppealDialogTests : AppealDialogHost
{
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
        var form = PhoneAppealNow();
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
        var form = PhoneAppealNow();
        form.TaxpayerNumber = "080340000123";

        var cut = await OpenAsync(form);

        Assert.Contains("BIN: a legal entity", cut.Markup);
    }
}
