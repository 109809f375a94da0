using Bunit;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Web.Features.Approvals;
using GosZakup.Console.Web.Features.Home;
using GosZakup.Console.Web.Features.Inbox;
using GosZakup.Console.Web.Features.MyWork;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.Web.Tests;

public class HomePageTests : ConsoleTestContext
{
    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    private async Task ArrangeAsync(Action<Microsoft.EntityFrameworkCore.DbContext>? arrange = null)
    {
        Services.AddInbox(Path.Combine(Path.GetTempPath(), "goszakup-bunit")).AddMyWork().AddApprovals().AddHome();
        await using var db = await MigratedDatabaseAsync();
        arrange?.Invoke(db);
        await db.SaveChangesAsync(Ct);
    }

    [Fact]
    public async Task Shows_one_card_for_each_role_the_user_holds()
    {
        AddAuthorization().SetAuthorized("m@test.kz").SetRoles("Operator", "Manager");
        await ArrangeAsync();

        var cut = Render<HomePage>();

        Assert.Single(cut.FindAll("[data-testid=home-Operator]"));
        Assert.Single(cut.FindAll("[data-testid=home-Manager]"));
        Assert.Empty(cut.FindAll("[data-testid=home-Admin]"));
        Assert.Contains("30", cut.Find("[data-testid=home-Operator]").TextContent); // the 30-minute registration limit
    }

    [Fact]
    public async Task The_Operator_s_card_counts_the_appeals_waiting_and_those_past_the_registration_limit()
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        AddAuthorization().SetAuthorized("op@test.kz").SetRoles("Operator", "Manager");
        await ArrangeAsync(db => db.AddRange(
            new AppealRecord { OrganisationName = "A", Description = "x", ReceivedAtUtc = now.AddMinutes(-40), RegistrationDueAtUtc = now.AddMinutes(-10) },
            new AppealRecord { OrganisationName = "B", Description = "y", ReceivedAtUtc = now.AddMinutes(-5), RegistrationDueAtUtc = now.AddMinutes(25) }));

        var cut = Render<HomePage>();

        cut.WaitForAssertion(() => Assert.Equal("2 waiting / 1 breached", cut.Find("[data-testid=home-count-Operator]").TextContent.Trim()));
        Assert.Empty(cut.FindAll("[data-testid=home-count-Manager]")); // the Manager has no queue of their own
    }

    [Fact]
    public async Task A_user_with_no_role_is_told_to_ask_for_one()
    {
        AddAuthorization().SetAuthorized("nobody@test.kz");
        await ArrangeAsync();

        var cut = Render<HomePage>();

        Assert.Contains("no role", cut.Markup);
    }
}
