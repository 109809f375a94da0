using Bunit;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Infrastructure.Calendar;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Web.Features.Inbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GosZakup.Console.Web.Tests;

/// <summary>The appeal form's R2 §10 box: ticked, it is saved with the appeal.</summary>
public class AppealParticipationBlockedTests : AppealDialogHost
{
    private static AppealForm Valid() => new()
    {
        ReceivedAt = new DateTime(2026, 11, 20, 12, 10, 0), OrganisationName = "ТОО «Ақ Жол»", ContactPhone = "+7 701 234 56 78",
        Description = "Не удалось подать заявку", ProcurementNumbers = "15431122-1",
    };

    private async Task<AppealRecord> SavedAsync()
    {
        await using var db = await MigratedDatabaseAsync();
        return await db.Set<AppealRecord>().SingleAsync(Xunit.TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task The_box_names_the_clause_and_a_ticked_box_is_saved_with_the_appeal()
    {
        var cut = await OpenAsync(Valid());
        Assert.Contains("Rules §10", cut.Markup);

        cut.Find("input[type=checkbox][data-testid=appeal-participation-blocked]").Change(true);
        cut.Find("[data-testid=appeal-save]").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=appeal-save]")));
        Assert.True((await SavedAsync()).ParticipationBlocked);
    }

    [Fact]
    public async Task An_untouched_box_saves_no_claim()
    {
        var cut = await OpenAsync(Valid());

        cut.Find("[data-testid=appeal-save]").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=appeal-save]")));
        Assert.False((await SavedAsync()).ParticipationBlocked);
    }
}
