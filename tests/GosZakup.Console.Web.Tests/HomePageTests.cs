using Bunit;
using GosZakup.Console.Web.Features.Home;

namespace GosZakup.Console.Web.Tests;

public class HomePageTests : ConsoleTestContext
{
    [Fact]
    public void Shows_one_card_for_each_role_the_user_holds()
    {
        AddAuthorization().SetAuthorized("m@test.kz").SetRoles("Operator", "Manager");

        var cut = Render<HomePage>();

        Assert.Single(cut.FindAll("[data-testid=home-Operator]"));
        Assert.Single(cut.FindAll("[data-testid=home-Manager]"));
        Assert.Empty(cut.FindAll("[data-testid=home-Admin]"));
        Assert.Contains("30", cut.Find("[data-testid=home-Operator]").TextContent); // the 30-minute registration limit
    }

    [Fact]
    public void A_user_with_no_role_is_told_to_ask_for_one()
    {
        AddAuthorization().SetAuthorized("nobody@test.kz");

        var cut = Render<HomePage>();

        Assert.Contains("no role", cut.Markup);
    }
}
