using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Obligations;
using NodaTime;

namespace GosZakup.Console.Domain.Extensions;

/// <summary>The extension clauses of the Rules as functions: facts and procurements in, proposed
/// <see cref="ExtensionOrder"/>s out. Every computation starts from the dates as announced and runs in one pass;
/// <see cref="Merge"/> puts the proposals of several sources together so that no deadline moves twice.</summary>
/// <remarks>
/// <para><b>"Extended by the time needed to fix" (R2 §15.4, §16.4).</b> The Kazakh text extends acceptance
/// "техникалық іркіліс уақытына", by the failure's time: the new deadline is the old one plus the calendar
/// duration from detection to fix. Calendar, not working, time: the portal takes applications around the clock
/// (R2 §6), so a supplier loses every hour of the outage, nights and weekends included, and a time without
/// "working" is calendar time (rules.md, notes). The other reading, "the fix plus the time that was left", is the
/// same instant whenever the failure began before the deadline (old + (fix − start) = fix + (old − start)), and is
/// shorter when the failure began before acceptance opened; the console takes the reading that never shortens a
/// supplier's time. The planned fix gives a provisional order; the actual fix replaces it.</para>
/// <para><b>"The next working day"</b> (R2 §15.5, §15.6) is the first working day of the <b>state</b> calendar (the
/// organisers' five-day week) strictly after the day of the fix, at the moved deadline's own time of day: a
/// procurement date never moves onto a Saturday.</para>
/// </remarks>
public static partial class ExtensionEngine
{
    private sealed record LevelClauses(string ByFixTime, string Auction, string Outlasting);

    private static readonly LevelClauses Medium = new("R2 §15.4", "R2 §15.5", "R2 §15.6");
    private static readonly LevelClauses High = new("R2 §16.4", "R2 §16.5", "R2 §16.6");

    /// <summary>Whether an order's new date is "the next working day" (R2 §15.5-§15.6, §16.5-§16.6, the regional loss
    /// included): counted on the state calendar, and said so beside the order.</summary>
    public static bool CountsWorkingDays(string clause) =>
        clause == Medium.Auction || clause == Medium.Outlasting || clause == High.Auction || clause == High.Outlasting;

    /// <summary>The orders a confirmed failure gives (R2 §14-§16). Low: none (R2 §14, "no suspension and no deadline
    /// shift"); unconfirmed or refuted: none (only <see cref="ForAnalysisWindow"/> applies). Medium: the procurements the
    /// failure showed in. High: those and every procurement of the failed module (R2 §16.2), plus the regional
    /// internet loss and force majeure the incident records. In both, a procurement moves only when the failure
    /// coincided with its acceptance (R2 §16.4 "partially coincided") or its auction bidding (R2 §16.5):
    /// <list type="bullet">
    /// <item>tenders, price quotations and every other method but auctions: end of acceptance + the failure's
    /// duration (R2 §15.4, §16.4; the text names tenders and quotations "except auctions", read as every method but
    /// auctions so that none is left without an extension);</item>
    /// <item>auctions: the second round moves to the next working day after the fix; an automatically formed results
    /// protocol is cancelled with the applications (R2 §15.5, §16.5);</item>
    /// <item>any method, when the failure outlasts the end of acceptance: that end moves to the next working day after
    /// the fix (R2 §15.6; §16.6 says "extends" without a term, read with medium's term since high obliges all that
    /// medium does). When both this and the duration apply, the later deadline wins.</item>
    /// </list>
    /// "The next working day" counts on the state calendar (the organisers' five-day week).</summary>
    public static IReadOnlyList<ExtensionOrder> ForFailure(FailureFacts failure, IEnumerable<ProcurementDeadlines> procurements,
        WorkingCalendars calendars, ExtensionSettings settings)
    {
        failure.Validate();
        if (failure.Severity is not (Severity.Medium or Severity.High)) return [];
        var all = procurements as IReadOnlyCollection<ProcurementDeadlines> ?? procurements.ToList();
        var orders = new List<ExtensionOrder>();
        if (failure.FixedAt is { } fix)
            AddLevelOrders(failure, fix, all, calendars.State, settings, orders);
        if (failure.Severity != Severity.High) return orders;
        if (failure.RegionalInternetLoss is { } loss)
            orders.AddRange(ForRegionalInternetLoss(failure.Incident, loss, all, calendars.State, settings));
        if (failure.ForceMajeure is { } majeure)
            orders.AddRange(ForForceMajeure(majeure, all, settings));
        return orders;
    }

    /// <summary>R2 §10: while a failure is being confirmed or refuted, a procurement whose end of acceptance falls in
    /// that window (from detection to the decision) is extended until the decision. Scope: the procurements the
    /// appeal names, or, when it names none, every procurement of the module. With no decision yet, the R2 §9 limit
    /// (2 working hours of the contact centre from the information's arrival) stands in for it, provisionally. The
    /// carve-out is <see cref="ExtensionSettings.AnalysisWindow"/>.</summary>
    public static IReadOnlyList<ExtensionOrder> ForAnalysisWindow(FailureFacts failure, IEnumerable<ProcurementDeadlines> procurements,
        WorkingCalendars calendars, ExtensionSettings settings)
    {
        failure.Validate();
        if (!settings.ExtendsAnalysisWindow(failure.ParticipationBlocked)) return [];
        Instant until;
        if (failure.DecidedAt is { } decided) until = decided;
        else if (failure.InformationAt is { } information) until = AnalysisLimit(information, calendars);
        else return [];
        var named = failure.Affected.Count > 0;
        var source = new ExtensionSource(ExtensionSourceKind.AnalysisWindow, failure.Incident);
        var moves = new ScheduleMoves();
        var orders = new List<ExtensionOrder>();
        foreach (var procurement in procurements)
        {
            if (named ? !failure.Affected.Contains(procurement.Procurement) : !string.Equals(procurement.Module, failure.Module, StringComparison.Ordinal))
                continue;
            if (procurement[DeadlineKind.AcceptanceEnd] is { } end && end >= failure.DetectedAt && end < until)
                moves.Propose(DeadlineKind.AcceptanceEnd, end, until, "R2 §10");
            moves.Emit(procurement, source, failure.DecidedAt is null, null, settings.LaterStagesFollow, orders);
        }
        return orders;
    }

    private static void AddLevelOrders(FailureFacts failure, Instant fix, IReadOnlyCollection<ProcurementDeadlines> procurements,
        WorkingCalendar calendar, ExtensionSettings settings, List<ExtensionOrder> orders)
    {
        var high = failure.Severity == Severity.High;
        var clauses = high ? High : Medium;
        var start = failure.DetectedAt;
        var lost = fix - start;
        var dayAfterFix = calendar.NextWorkingDay(fix.InZone(AstanaTime.Zone).Date); // once per failure, not per procurement
        var source = new ExtensionSource(ExtensionSourceKind.Failure, failure.Incident);
        var moves = new ScheduleMoves();
        foreach (var procurement in procurements)
        {
            var affected = failure.Affected.Contains(procurement.Procurement)
                || (high && string.Equals(procurement.Module, failure.Module, StringComparison.Ordinal));
            if (!affected) continue;
            ProposeForAcceptance(procurement, start, fix, lost, dayAfterFix, clauses, moves);
            if (procurement.Method == TradeMethod.Auction)
                ProposeForAuction(procurement, start, fix, dayAfterFix, clauses, moves);
            moves.Emit(procurement, source, failure.FixIsPlanned, null, settings.LaterStagesFollow, orders);
        }
    }

    private static void ProposeForAcceptance(ProcurementDeadlines procurement, Instant start, Instant fix, Duration lost, LocalDate dayAfterFix,
        LevelClauses clauses, ScheduleMoves moves)
    {
        if (procurement[DeadlineKind.AcceptanceEnd] is not { } end) return;
        var opened = procurement[DeadlineKind.AcceptanceStart] ?? Instant.MinValue;
        if (start > end || opened >= fix) return; // the failure did not coincide with acceptance
        if (procurement.Method != TradeMethod.Auction)
            moves.Propose(DeadlineKind.AcceptanceEnd, end, end + lost, clauses.ByFixTime);
        if (fix > end)
            moves.Propose(DeadlineKind.AcceptanceEnd, end, ScheduleMoves.OnDay(end, dayAfterFix), clauses.Outlasting);
    }

    /// <summary>The Rules do not say how long a round lasts: bidding is taken to run from the first round to the end
    /// of the second round's day, so that a failure during the second round moves it too.</summary>
    private static void ProposeForAuction(ProcurementDeadlines procurement, Instant start, Instant fix, LocalDate dayAfterFix,
        LevelClauses clauses, ScheduleMoves moves)
    {
        if (procurement[DeadlineKind.AuctionSecondRound] is not { } second) return;
        var biddingOpens = procurement[DeadlineKind.AuctionFirstRound] ?? second;
        var biddingEnds = second.InZone(AstanaTime.Zone).Date.PlusDays(1).AtStartOfDayInZone(AstanaTime.Zone).ToInstant();
        if (start >= biddingEnds || biddingOpens >= fix) return;
        moves.Propose(DeadlineKind.AuctionSecondRound, second, ScheduleMoves.OnDay(second, dayAfterFix), clauses.Auction,
            cancelsProtocol: procurement.ResultsProtocolFormedAutomatically);
    }

    /// <summary>R2 §9: two working hours from the information's arrival, as the obligation catalogue counts them.</summary>
    private static Instant AnalysisLimit(Instant information, WorkingCalendars calendars) =>
        ObligationPlanner.Plan(ObligationCatalogue.Analyse, new ObligationEvent(ObligationTrigger.Registered, information, InformationAt: information),
            calendars, ObligationSettings.Default).DueAt!.Value;
}
