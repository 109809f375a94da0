using Bunit;
using GosZakup.Console.Infrastructure.Identity;
using GosZakup.Console.Web.Components.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GosZakup.Console.Web.Tests;

public class LanguageSwitchTests : ConsoleTestContext
{
    [Fact]
    public async Task Choosing_Kazakh_saves_it_for_the_user_and_reloads_through_the_culture_endpoint()
    {
        AddAuthorization().SetAuthorized("op@test.kz").SetClaims(new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier, "u1"));
        await using (var db = await MigratedDatabaseAsync())
        {
            db.Users.Add(new ApplicationUser { Id = "u1", UserName = "op@test.kz", Email = "op@test.kz", Culture = "ru-RU" });
            await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        }
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/journal");
        var cut = Render(b =>
        {
            b.OpenComponent<MudPopoverProvider>(0);
            b.CloseComponent();
            b.OpenComponent<LanguageSwitch>(1);
            b.AddComponentRenderMode(Microsoft.AspNetCore.Components.Web.RenderMode.InteractiveServer); // as in a signed-in user's circuit
            b.CloseComponent();
        });

        cut.Find("[data-testid=language-switch] button").Click();
        cut.WaitForElement("[data-testid=lang-kk-KZ]").Click();

        cut.WaitForAssertion(() => Assert.EndsWith("/culture/set?culture=kk-KZ&returnUrl=%2Fjournal", navigation.Uri));
        await using var check = await MigratedDatabaseAsync();
        Assert.Equal("kk-KZ", (await check.Users.SingleAsync(u => u.Id == "u1", Xunit.TestContext.Current.CancellationToken)).Culture);
    }

    [Fact]
    public void Without_a_circuit_the_languages_are_plain_links_to_the_culture_endpoint()
    {
        // Issue 17: anonymous visitors get static pages; a menu that needs a circuit would do nothing for them.
        AddAuthorization();
        Services.GetRequiredService<NavigationManager>().NavigateTo("/verify");

        var cut = Render<LanguageSwitch>();

        Assert.Empty(cut.FindAll("[data-testid=language-switch]"));
        Assert.Equal("/culture/set?culture=kk-KZ&returnUrl=%2Fverify", cut.Find("a[data-testid=lang-kk-KZ]").GetAttribute("href"));
        Assert.Equal(3, cut.FindAll("[data-testid=language-links] a[href^='/culture/set']").Count);
    }

    [Theory]
    [InlineData("kk-KZ", "Кіріс өтініштер", "Басты бет")]
    [InlineData("ru-RU", "Входящие обращения", "Главная")]
    [InlineData("en-US", "Inbox", "Home")]
    public void The_navigation_speaks_the_chosen_language(string culture, string inbox, string home)
    {
        UseCulture(culture);
        AddAuthorization().SetAuthorized("op@test.kz").SetRoles("Operator");

        var cut = Render<NavMenu>();

        Assert.Equal(inbox, cut.Find("[data-testid=nav-inbox]").TextContent.Trim());
        Assert.Equal(home, cut.Find("[data-testid=nav-]").TextContent.Trim());
    }
}
