using Bunit;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Calendar;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Web.Features.DailyAnalysis;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GosZakup.Console.Web.Tests;

public class DailyAnalysisPageTests : ConsoleTestContext
{
    private async Task<IRenderedComponent<DailyAnalysisPage>> RenderAsync(string? date)
    {
        AddAuthorization().SetAuthorized("manager@test.kz").SetRoles("Manager");
        Services.AddSingleton<CalendarStore>();
        Services.AddScoped<DailyAnalysisQuery>();
        await using (var db = await MigratedDatabaseAsync())
        {
            // Thursday 19 November 2026, 10:00 in Astana.
            db.Add(new IncidentRecord
            {
                Number = "INC-2026-000001", Year = 2026, Sequence = 1, RegisteredAtUtc = new DateTime(2026, 11, 19, 5, 0, 0, DateTimeKind.Utc),
                RegisteredByName = "operator@test.kz", Status = IncidentStatus.Registered,
            });
            await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        }
        Render<MudPopoverProvider>();
        return Render<DailyAnalysisPage>(p => p.Add(x => x.Date, date));
    }

    [Fact]
    public async Task A_day_shows_its_incidents_totals_and_the_PDF_link()
    {
        var cut = await RenderAsync("2026-11-19");

        cut.WaitForAssertion(() => Assert.Equal("INC-2026-000001", Assert.Single(cut.FindAll("[data-testid=daily-incident]")).TextContent.Trim()));
        Assert.Equal("/reports/daily/2026-11-19.pdf", cut.Find("[data-testid=daily-pdf]").GetAttribute("href"));
        Assert.Contains("Failures: 1", cut.Find("[data-testid=daily-totals]").TextContent);
        Assert.Contains("19.11.2026 00:00 – 20.11.2026 00:00 (UTC+5)", cut.Find("[data-testid=daily-period]").TextContent);
    }

    [Fact]
    public async Task Without_a_date_it_opens_the_day_this_mornings_run_reported()
    {
        // The pinned clock reads Friday 20 November 2026, 12:10 in Astana: the run reported Thursday.
        var cut = await RenderAsync(null);

        cut.WaitForAssertion(() => Assert.Equal("/reports/daily/2026-11-19.pdf", cut.Find("[data-testid=daily-pdf]").GetAttribute("href")));
    }

    [Fact]
    public async Task An_address_that_is_not_a_day_says_so()
    {
        var cut = await RenderAsync("2026-13-45");

        cut.WaitForAssertion(() => Assert.Contains("does not name a day", cut.Find("[data-testid=daily-invalid]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=daily-pdf]"));
    }
}
