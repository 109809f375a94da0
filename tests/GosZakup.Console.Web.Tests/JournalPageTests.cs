using Bunit;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Web.Features.Journal;
using GosZakup.Console.Web.Features.SavedViews;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GosZakup.Console.Web.Tests;

public class JournalPageTests : ConsoleTestContext
{
    private async Task<IRenderedComponent<JournalPage>> RenderAsync(int more = 0)
    {
        AddAuthorization().SetAuthorized("operator@test.kz").SetRoles("Operator")
            .SetClaims(new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier, "u1"));
        Services.AddJournal().AddSavedViews();
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        await using (var db = await MigratedDatabaseAsync())
        {
            var at = new DateTime(2026, 11, 20, 7, 0, 0, DateTimeKind.Utc);
            var incident =
                new IncidentRecord { Number = "INC-2026-000001", Year = 2026, Sequence = 1, RegisteredAtUtc = at, RegisteredByName = "operator@test.kz" };
            db.Add(new AppealRecord
            {
                Channel = AppealChannel.Email, ReceivedAtUtc = at, OrganisationName = "ТОО «Ақ Жол»", TaxpayerNumber = "900101300811",
                Description = "Бет ашылмайды", RegisteredAtUtc = at, RegisteredByName = "operator@test.kz", Incident = incident,
            });
            for (var i = 2; i <= more + 1; i++)
            {
                var earlier = at.AddMinutes(-i);
                db.Add(new AppealRecord
                {
                    Channel = AppealChannel.Phone, ReceivedAtUtc = earlier, OrganisationName = $"ТОО «Поставщик {i}»", Description = "Бет ашылмайды",
                    RegisteredAtUtc = earlier, RegisteredByName = "operator@test.kz",
                    Incident = new IncidentRecord
                    {
                        Number = $"INC-2026-{i:000000}", Year = 2026, Sequence = i, RegisteredAtUtc = earlier, RegisteredByName = "operator@test.kz"
                    },
                });
            }
            await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        }
        Render<MudPopoverProvider>();
        return Render<JournalPage>();
    }

    [Fact]
    public async Task The_export_links_carry_the_applied_filters()
    {
        var cut = await RenderAsync();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=journal-number]")));

        cut.Find("input[data-testid=journal-taxpayer]").Change("9001");
        cut.Find("[data-testid=journal-apply]").Click();

        cut.WaitForAssertion(() => Assert.Equal("/journal/export.pdf?bin=9001", cut.Find("a[data-testid=journal-export-pdf]").GetAttribute("href")));
        var xlsx = cut.Find("a[data-testid=journal-export-xlsx]");
        Assert.Equal("/journal/export.xlsx?bin=9001", xlsx.GetAttribute("href"));
        Assert.Equal("_top", xlsx.GetAttribute("target")); // a plain download, not a Blazor navigation
        Assert.True(xlsx.HasAttribute("download"));
    }

    [Fact]
    public async Task More_rows_than_a_page_counts_are_said_and_a_download_is_counted_on_the_click_then_fetched()
    {
        var cut = await RenderAsync(more: JournalQuery.CountLimit);
        cut.WaitForAssertion(() => Assert.Contains(cut.FindAll(".mud-table-pagination-caption"), caption => caption.TextContent == "1-25 of more than 1,000"));
        Assert.Contains("More than 1,000 appeals match", cut.Find("[data-testid=journal-more-than]").TextContent, StringComparison.Ordinal);
        Assert.Equal("(1,000+)", cut.FindAll("[data-testid=view-count]")[0].TextContent);

        // No link to follow blindly: the click counts first (1,001 rows fit a download), then fetches the file.
        var xlsx = cut.Find("[data-testid=journal-export-xlsx]");
        Assert.Equal("button", xlsx.TagName, ignoreCase: true);
        xlsx.Click();
        var navigation = Services.GetRequiredService<NavigationManager>();
        cut.WaitForAssertion(() => Assert.EndsWith("/journal/export.xlsx", navigation.Uri, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("[data-testid=journal-too-many]"));
    }

    [Fact]
    public async Task Sorting_by_number_is_passed_to_the_export()
    {
        var cut = await RenderAsync();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=journal-number]")));

        cut.Find(".mud-table-sort-label").Click();

        cut.WaitForAssertion(() =>
            Assert.Equal("/journal/export.xlsx?sort=Number&desc=false", cut.Find("a[data-testid=journal-export-xlsx]").GetAttribute("href")));
    }

    [Fact]
    public async Task The_applied_filter_goes_into_the_address_so_the_view_can_be_bookmarked()
    {
        var cut = await RenderAsync();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=journal-number]")));

        cut.Find("input[data-testid=journal-taxpayer]").Change("9001");
        cut.Find("[data-testid=journal-apply]").Click();

        var navigation = Services.GetRequiredService<NavigationManager>();
        cut.WaitForAssertion(() => Assert.EndsWith("/journal?bin=9001", navigation.Uri));
    }

    [Fact]
    public async Task The_views_show_their_counts_and_a_saved_view_is_the_current_filter_under_the_user_s_name_for_it()
    {
        var cut = await RenderAsync();
        cut.WaitForAssertion(() => Assert.Equal("1", cut.Find("[data-testid=view-chip][data-view=mine]").GetAttribute("data-count")));
        Assert.Equal("1", cut.Find("[data-testid=view-chip][data-view=all]").GetAttribute("data-count"));

        cut.Find("input[data-testid=journal-taxpayer]").Change("9001");
        cut.Find("[data-testid=journal-apply]").Click();
        cut.Find("[data-testid=view-save]").Click();
        cut.Find("input[data-testid=view-name]").Change("БСН 9001");
        cut.Find("[data-testid=view-save-confirm]").Click();

        cut.WaitForAssertion(() => Assert.Equal("1", cut.Find("[data-testid=view-chip][data-view='БСН 9001']").GetAttribute("data-count")));
        var saved = Assert.Single(await Services.GetRequiredService<SavedViewStore>().ListAsync(
            new(new System.Security.Claims.ClaimsIdentity([new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier, "u1")], "test")),
            ViewLists.Journal, Xunit.TestContext.Current.CancellationToken));
        Assert.Equal("bin=9001", saved.Query);
        Assert.Contains($"saved={saved.Id}", Services.GetRequiredService<NavigationManager>().Uri);
    }
}
