using Bunit;
using GosZakup.Console.Infrastructure.Jobs;
using GosZakup.Console.Web.Features.LongJobs;
using GosZakup.Console.Web.Features.Procurements;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GosZakup.Console.Web.Tests;

public class ProcurementsPageTests : ConsoleTestContext
{
    private static string Announcement(string number, string bin, string endDate) => $$"""
        {"numberAnno":"{{number}}","nameRu":"Закупка {{number}}","refTradeMethodsId":3,"customerBin":"{{bin}}","customerNameRu":"ГУ «Заказчик»",
         "orgBin":"990140000106","orgNameRu":"ГУ «Организатор»","startDate":"2026-11-10 09:00:00","endDate":"{{endDate}}",
         "Lots":[{"lotNumber":"{{number}}-Л1","nameRu":"Бумага","amount":1250.50}]}
        """;

    private async Task SeedAsync(string role, params string[] announcements)
    {
        AddAuthorization().SetAuthorized(role.ToLowerInvariant() + "@test.kz").SetRoles(role);
        Services.AddScoped<ProcurementQuery>();
        Services.AddScoped<GosZakup.Console.Web.Features.Extensions.ExtensionQuery>();
        Services.AddScoped<ProcurementImport>();
        Services.AddScoped<ImportRequests>();
        Services.AddLongJobCore();
        Services.AddSingleton<IBackgroundJobClient>(new BackgroundJobClient(new Hangfire.InMemory.InMemoryStorage()));
        await using (await MigratedDatabaseAsync()) { }
        var import = Services.GetRequiredService<ProcurementImport>();
        foreach (var json in announcements)
        {
            var result =
                await import.ImportAsync(ProcurementJsonReader.Read($"[{json}]"), "operator@test.kz", null, Xunit.TestContext.Current.CancellationToken);
            Assert.Empty(result.Problems);
        }
    }

    [Fact]
    public async Task Search_by_bin_pages_on_the_server_and_the_import_is_offered_to_operators_only()
    {
        await SeedAsync("Operator", Announcement("15423871-1", "040340002112", "2026-11-20 18:00:00"),
            Announcement("15428870-1", "110740002300", "2026-11-21 10:00:00"));
        Render<MudPopoverProvider>();
        var cut = Render<ProcurementsPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("tbody tr.mud-table-row").Count));
        Assert.NotEmpty(cut.FindAll("[data-testid=procurements-import]"));
        Assert.Contains("20.11.2026 18:00 (UTC+5)", cut.Markup);

        cut.Find("input[data-testid=procurements-search]").Input("1107400");
        cut.Find("[data-testid=procurements-apply]").Click();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("tbody tr.mud-table-row")));
        Assert.Contains("15428870-1", cut.Find("tbody tr.mud-table-row").TextContent);
    }

    [Fact]
    public async Task After_a_restart_the_operator_sees_the_import_stopped_in_words_and_may_import_it_again()
    {
        await SeedAsync("Operator");
        await using (var db = await MigratedDatabaseAsync())
        {
            var stopped =
                LongJobRecord.Queue(ProcurementImportJob.Kind, "portal.csv", "operator@test.kz", Clock.GetUtcNow().UtcDateTime, TimeSpan.FromSeconds(30));
            (stopped.State, stopped.Attempts, stopped.ErrorCode, stopped.Done, stopped.Total) = (LongJobState.Failed, 3, LongJobErrors.Interrupted, 4, 10);
            (stopped.Payload, stopped.PayloadName) = ("[]", "portal.csv");
            db.Add(stopped);
            await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        }

        Render<MudPopoverProvider>();
        var cut = Render<ProcurementsPage>();

        cut.WaitForAssertion(() =>
            Assert.Contains("the server stopped during this job 3 times", cut.Find("[data-testid=procurements-import-stopped]").TextContent));
        Assert.Contains("portal.csv", cut.Find("[data-testid=procurements-import]").TextContent);
        cut.Find("[data-testid=procurements-import-again]").Click();
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=procurements-import-stopped]")));
        await using var check = await MigratedDatabaseAsync();
        var jobs = await check.Set<LongJobRecord>().AsNoTracking().OrderBy(j => j.CreatedAtUtc).ThenBy(j => j.Id)
            .ToListAsync(Xunit.TestContext.Current.CancellationToken);
        Assert.Equal([LongJobState.Failed, LongJobState.Queued], jobs.Select(j => j.State));
        Assert.Equal(("[]", "portal.csv"), (jobs[1].Payload, jobs[1].PayloadName)); // the stored file, not a new upload
    }

    [Fact]
    public async Task A_specialist_sees_no_import()
    {
        await SeedAsync("Specialist");
        Render<MudPopoverProvider>();
        var cut = Render<ProcurementsPage>();
        cut.WaitForAssertion(() => Assert.Contains("No procurements are loaded", cut.Markup));
        Assert.Empty(cut.FindAll("[data-testid=procurements-import]"));
    }

    [Fact]
    public async Task The_detail_shows_deadlines_in_Astana_time_and_the_deadline_history()
    {
        await SeedAsync("Specialist", Announcement("15423871-1", "040340002112", "2026-11-20 18:00:00"),
            Announcement("15423871-1", "040340002112", "2026-11-23 18:00:00"));
        Render<MudPopoverProvider>();
        var cut = Render<ProcurementPage>(p => p.Add(x => x.Number, "15423871-1"));

        cut.WaitForAssertion(() => Assert.Equal("15423871-1", cut.Find("[data-testid=procurement-number]").TextContent));
        Assert.Contains("23.11.2026 18:00 (UTC+5)", cut.Find("[data-testid=procurement-deadlines]").TextContent);
        var history = cut.Find("[data-testid=procurement-history] tbody tr").TextContent;
        Assert.Contains("20.11.2026 18:00 (UTC+5)", history);
        Assert.Contains("23.11.2026 18:00 (UTC+5)", history);
        Assert.Contains("Import of portal data", history);
        Assert.Contains("1\u202F250,50\u00A0₸", cut.Find("[data-testid=procurement-lots]").TextContent);
    }
}
