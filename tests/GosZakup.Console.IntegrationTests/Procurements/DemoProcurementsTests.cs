using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Extensions;
using GosZakup.Console.Web.Features.Procurements;
using NodaTime;

namespace GosZakup.Console.IntegrationTests.Procurements;

/// <summary>The demo procurements are there for the extension jobs to move: every module the demo incidents fail has its
/// procurements (R2 §16.2), and their deadlines fall around today whatever day the demo starts.</summary>
public sealed class DemoProcurementsTests
{
    private static ImportFile Demo() =>
        ProcurementJsonReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "assets", "demo", "procurements.json")));

    private static readonly Dictionary<TradeMethod, string> ModuleOf = new()
    {
        [TradeMethod.OpenTender] = "Конкурс", [TradeMethod.PriceQuotation] = "Запрос ценовых предложений",
        [TradeMethod.Auction] = "Аукцион", [TradeMethod.OneSource] = "Из одного источника",
    };

    [Fact]
    public void Each_procurement_runs_in_the_module_of_its_method()
    {
        var demo = Demo();

        Assert.Empty(demo.Problems);
        Assert.All(demo.Procurements, p => Assert.Equal(ModuleOf[p.Method], p.SystemModule));
        Assert.True(demo.Procurements.Count(p => p.SystemModule == "Конкурс") >= 12);
        var auctions = demo.Procurements.Where(p => p.Method == TradeMethod.Auction).ToList();
        Assert.Equal(4, auctions.Count);
        Assert.All(auctions,
            a => Assert.True(a.Deadlines.ContainsKey(DeadlineKind.AuctionFirstRound) && a.Deadlines.ContainsKey(DeadlineKind.AuctionSecondRound)));
        Assert.Single(auctions, a => a.ResultsProtocolFormedAutomatically);
        Assert.All(demo.Procurements.Where(p => p.Method == TradeMethod.OpenTender),
            t => Assert.True(t.Deadlines.ContainsKey(DeadlineKind.Opening) && t.Deadlines.ContainsKey(DeadlineKind.Results)));
    }

    [Fact]
    public void Moved_to_another_day_every_date_keeps_its_Astana_time_and_its_distance_from_today()
    {
        var demo = Demo();
        var today = new LocalDate(2027, 3, 3);

        var moved = DemoProcurements.MovedTo(demo, today);

        var end = moved.Procurements.Single(p => p.Number == "15423871-1").Deadlines[DeadlineKind.AcceptanceEnd];
        Assert.Equal(new LocalDateTime(2027, 3, 3, 18, 0), AstanaTime.FromUtc(end).LocalDateTime);
        Assert.All(demo.Procurements.Zip(moved.Procurements), pair =>
            Assert.All(pair.First.Deadlines, d => Assert.Equal(TimeSpan.FromDays(103), pair.Second.Deadlines[d.Key] - d.Value)));
    }

    [Fact]
    public void Acceptance_ends_later_today_tomorrow_in_three_days_and_in_the_past()
    {
        var days = Demo().Procurements
            .Select(p => Period.Between(DemoProcurements.AnchorDate, AstanaTime.FromUtc(p.Deadlines[DeadlineKind.AcceptanceEnd]).Date, PeriodUnits.Days).Days)
            .ToList();

        Assert.True(days.Count(d => d == 0) >= 4);
        Assert.Contains(1, days);
        Assert.Contains(3, days);
        Assert.True(days.Count(d => d < 0) >= 3);
    }
}
