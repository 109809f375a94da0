using GosZakup.Console.Domain.Extensions;
using GosZakup.Console.Domain.Incidents;
using NodaTime;
using static GosZakup.Console.Domain.Tests.Calendar.TestCalendar;

namespace GosZakup.Console.Domain.Tests.Extensions;

/// <summary>Builders for the worked cases: procurements with dates read on an Astana clock, and failures.
/// Procurement "P-1" runs in module "M" unless a case says otherwise; medium failures name it.</summary>
public static class ExtensionFixtures
{
    public const string Module = "M";

    /// <summary>Acceptance opens well before every case, so that only the end decides.</summary>
    public const string AcceptanceOpens = "2026-11-02 09:00";

    public static ProcurementDeadlines Procurement(string number, TradeMethod method, params (DeadlineKind Kind, string At)[] dates) =>
        Procurement(number, method, Module, null, false, dates);

    public static ProcurementDeadlines Procurement(string number, TradeMethod method, string module, string? lot, bool autoProtocol,
        params (DeadlineKind Kind, string At)[] dates) =>
        new(number, lot, method, module, dates.Select(d => KeyValuePair.Create(d.Kind, Astana(d.At))), autoProtocol);

    /// <summary>A tender whose acceptance runs from <see cref="AcceptanceOpens"/> to <paramref name="acceptanceEnd"/>.</summary>
    public static ProcurementDeadlines Tender(string number, string acceptanceEnd, TradeMethod method = TradeMethod.OpenTender, string module = Module) =>
        Procurement(number, method, module, null, false, (DeadlineKind.AcceptanceStart, AcceptanceOpens), (DeadlineKind.AcceptanceEnd, acceptanceEnd));

    /// <summary>An auction whose acceptance of applications ended on Thursday 19 November 2026 at 18:00.</summary>
    public static ProcurementDeadlines Auction(string number, string firstRound, string secondRound, string? results = null, bool autoProtocol = false)
    {
        var dates = new List<(DeadlineKind, string)>
        {
            (DeadlineKind.AcceptanceStart, AcceptanceOpens), (DeadlineKind.AcceptanceEnd, "2026-11-19 18:00"),
            (DeadlineKind.AuctionFirstRound, firstRound), (DeadlineKind.AuctionSecondRound, secondRound),
        };
        if (results is not null) dates.Add((DeadlineKind.Results, results));
        return Procurement(number, TradeMethod.Auction, Module, null, autoProtocol, [.. dates]);
    }

    /// <summary>A confirmed failure of module "M" that showed in P-1, fixed at <paramref name="actualFix"/>
    /// (or only planned for <paramref name="plannedFix"/> when the actual fix is null).</summary>
    public static FailureFacts Failure(string incident, Severity severity, string detected, string plannedFix, string? actualFix) =>
        new(incident, Module, Astana(detected), DecidedAt: Astana(detected), Severity: severity, PlannedFix: Astana(plannedFix),
            ActualFix: actualFix is null ? null : Astana(actualFix), AffectedProcurements: new HashSet<string> { "P-1" });

    public static FailureFacts Fixed(string incident, Severity severity, string detected, string fixedAt) =>
        Failure(incident, severity, detected, fixedAt, fixedAt);

    public static ExtensionOrder Single(IReadOnlyList<ExtensionOrder> orders, DeadlineKind kind, string procurement = "P-1") =>
        orders.Single(o => o.Procurement == procurement && o.Deadline == kind);

    public static string? NewOf(IReadOnlyList<ExtensionOrder> orders, DeadlineKind kind, string procurement = "P-1") =>
        orders.SingleOrDefault(o => o.Procurement == procurement && o.Deadline == kind) is { } order ? Show(order.New) : null;

    public static Instant At(string astana) => Astana(astana);
}
