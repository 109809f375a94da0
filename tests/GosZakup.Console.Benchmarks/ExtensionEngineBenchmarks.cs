using BenchmarkDotNet.Attributes;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Extensions;
using GosZakup.Console.Domain.Incidents;
using NodaTime;

namespace GosZakup.Console.Benchmarks;

/// <summary>Issue 6: the orders for a high failure across 50,000 procurements, which must be a small fraction of the
/// 2 s the whole compute-and-store may take. A six-hour outage of module "tenders" on Monday 23 November 2026,
/// 10:00-16:00 (fixed at 16:00); 50,000 fixed-seed procurements, four in five in that module, 60 % tenders and
/// price quotations, 30 % auctions, 10 % other methods, acceptance ending uniformly over 20 November to 20 December
/// 2026 after 10 to 20 days. <c>ForFailure</c> is the single pass; <c>ForFailureAndMerge</c> adds
/// <see cref="ExtensionEngine.Merge"/> into an empty store.</summary>
[Config(typeof(OneCoreConfig))]
public class ExtensionEngineBenchmarks
{
    public const int Procurements = 50_000;
    public const int Seed = 20261123;

    private WorkingCalendars calendar = null!;
    private ProcurementDeadlines[] procurements = null!;
    private FailureFacts failure = null!;

    [GlobalSetup]
    public void Setup()
    {
        calendar = BenchmarkCalendar.BuildBoth();
        procurements = Create();
        var detected = Astana(2026, 11, 23, 10);
        failure = new FailureFacts("INC-2026-000001", "tenders", detected, DecidedAt: detected + Duration.FromMinutes(40),
            Severity: Severity.High, PlannedFix: Astana(2026, 11, 23, 16), ActualFix: Astana(2026, 11, 23, 16));
        var orders = ExtensionEngine.ForFailure(failure, procurements, calendar, ExtensionSettings.Default);
        if (orders.Count == 0 || orders.Any(o => o.New <= o.Old))
            throw new InvalidOperationException($"Expected extensions, got {orders.Count}.");
        System.Console.WriteLine($"// {orders.Count} orders for {orders.Select(o => o.Key.Procurement).Distinct().Count()} procurements");
    }

    [Benchmark]
    public int ForFailure() => ExtensionEngine.ForFailure(failure, procurements, calendar, ExtensionSettings.Default).Count;

    [Benchmark]
    public int ForFailureAndMerge() => ExtensionEngine.Merge([], ExtensionEngine.ForFailure(failure, procurements, calendar, ExtensionSettings.Default)).Count;

    private static ProcurementDeadlines[] Create()
    {
        var random = new Random(Seed);
        var first = Astana(2026, 11, 20, 0);
        var result = new ProcurementDeadlines[Procurements];
        for (var i = 0; i < Procurements; i++)
        {
            var end = first + Duration.FromMinutes(random.Next(30 * 24 * 60));
            var start = end - Duration.FromDays(10 + random.Next(11));
            var roll = random.Next(10);
            var method = roll < 6 ? (roll < 3 ? TradeMethod.OpenTender : TradeMethod.PriceQuotation) : roll < 9 ? TradeMethod.Auction : TradeMethod.Other;
            var dates = new Dictionary<DeadlineKind, Instant> { [DeadlineKind.AcceptanceStart] = start, [DeadlineKind.AcceptanceEnd] = end };
            if (method == TradeMethod.Auction)
            {
                dates[DeadlineKind.AuctionFirstRound] = end + Duration.FromDays(3);
                dates[DeadlineKind.AuctionSecondRound] = end + Duration.FromDays(3) + Duration.FromHours(4);
            }
            else
            {
                dates[DeadlineKind.Opening] = end + Duration.FromMinutes(30);
            }
            dates[DeadlineKind.Results] = end + Duration.FromDays(5);
            var module = random.Next(5) < 4 ? "tenders" : "auctions";
            result[i] = new ProcurementDeadlines($"{26_000_000 + i}-1", null, method, module, dates, method == TradeMethod.Auction && random.Next(4) == 0);
        }
        return result;
    }

    private static Instant Astana(int year, int month, int day, int hour) =>
        AstanaTime.Zone.AtStrictly(new LocalDateTime(year, month, day, hour, 0)).ToInstant();
}
