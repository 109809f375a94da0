using Bunit;
using GosZakup.Console.Domain.Extensions;
using GosZakup.Console.Infrastructure.Procurements;
using GosZakup.Console.Web.Features.Procurements;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GosZakup.Console.Web.Tests;

/// <summary>The procurement page after an extension: the date in force with the announced one beside it, and an auction's
/// automatically formed results protocol with its cancellation (R2 §15.5).</summary>
public class ProcurementExtendedDetailTests : ConsoleTestContext
{
    private const string Auction = """
        [{"numberAnno":"15433001-1","nameRu":"Поставка ГСМ","refTradeMethodsId":"Auction","customerBin":"120440007808","orgBin":"990140000106",
          "systemModule":"Аукцион","startDate":"2026-11-18 09:00:00","endDate":"2026-11-20 18:00:00","auctionSecondRoundDate":"2026-11-24 10:00:00",
          "resultsProtocolAuto":true,"Lots":[{"lotNumber":"38112001-А1","nameRu":"Бензин АИ-92","amount":9800000}]}]
        """;

    private async Task<IRenderedComponent<ProcurementPage>> RenderAsync(Action<ProcurementRecord> extend)
    {
        AddAuthorization().SetAuthorized("specialist@test.kz").SetRoles("Specialist");
        Services.AddScoped<ProcurementQuery>();
        Services.AddScoped<GosZakup.Console.Web.Features.Extensions.ExtensionQuery>();
        Services.AddScoped<ProcurementImport>();
        await using (var db = await MigratedDatabaseAsync())
        {
            await Services.GetRequiredService<ProcurementImport>()
                .ImportAsync(ProcurementJsonReader.Read(Auction), "operator@test.kz", null, Xunit.TestContext.Current.CancellationToken);
            var procurement = await db.Set<ProcurementRecord>().Include(p => p.Deadlines).SingleAsync(Xunit.TestContext.Current.CancellationToken);
            extend(procurement);
            procurement.Version = Guid.NewGuid();
            await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        }
        Render<MudPopoverProvider>();
        var cut = Render<ProcurementPage>(p => p.Add(x => x.Number, "15433001-1"));
        cut.WaitForElement("[data-testid=procurement-deadlines]");
        return cut;
    }

    [Fact]
    public async Task An_extended_deadline_shows_the_announced_date_beside_the_date_in_force()
    {
        var cut = await RenderAsync(p =>
            p.Deadlines.Single(d => d.Kind == DeadlineKind.AcceptanceEnd).AtUtc = new DateTime(2026, 11, 23, 13, 0, 0, DateTimeKind.Utc));

        var announced = Assert.Single(cut.FindAll("[data-testid=deadline-announced]"));
        Assert.Contains("announced 20.11.2026 18:00, extended", announced.TextContent);
        Assert.Contains("23.11.2026 18:00 (UTC+5)", announced.ParentElement!.TextContent);
    }

    [Fact]
    public async Task The_auto_formed_protocol_is_shown_and_its_cancellation_in_Astana_time()
    {
        var cut = await RenderAsync(p => p.ResultsProtocolCancelledAtUtc = new DateTime(2026, 11, 20, 9, 30, 0, DateTimeKind.Utc));

        var protocol = cut.Find("[data-testid=procurement-auto-protocol]").TextContent;
        Assert.Contains("formed automatically by the System", protocol);
        Assert.Contains("cancelled on 20.11.2026 14:30 (UTC+5)", protocol);
        Assert.Empty(cut.FindAll("[data-testid=deadline-announced]"));
    }
}
