using GosZakup.Console.Domain.Calendar;
using NodaTime;

namespace GosZakup.Console.Domain.Extensions;

public static partial class ExtensionEngine
{
    private const DeadlineKind FirstMovable = DeadlineKind.AcceptanceEnd;

    /// <summary>R2 §16.6: a confirmed loss of guaranteed internet access in a region for more than one day extends
    /// "all procurements on the portal by one working day". Read as: every procurement, whatever its module, in which
    /// suppliers still had something to do when the loss began (end of acceptance or an auction round at or after its
    /// start) and that had begun by its end; each of its dates from the start of the loss on moves to the next working
    /// day of <paramref name="stateCalendar"/> (procurement dates count on the organisers' five-day week), same time of day.
    /// Nothing moves without the recorded confirmation or for a loss of a day or less.</summary>
    public static IReadOnlyList<ExtensionOrder> ForRegionalInternetLoss(string incident, RegionalInternetLoss loss,
        IEnumerable<ProcurementDeadlines> procurements, WorkingCalendar stateCalendar, ExtensionSettings settings)
    {
        if (!loss.IsConfirmed || !loss.LastedMoreThanADay) return [];
        var source = new ExtensionSource(ExtensionSourceKind.RegionalInternetLoss, incident);
        var nextWorkingDay = new Dictionary<LocalDate, LocalDate>(); // a few hundred distinct dates among 50,000 procurements
        var moves = new ScheduleMoves();
        var orders = new List<ExtensionOrder>();
        foreach (var procurement in procurements)
        {
            if (!SuppliersStillActing(procurement, loss.From) || procurement.Earliest() > loss.To) continue;
            for (var kind = FirstMovable; kind <= DeadlineKind.Results; kind++)
            {
                if (procurement[kind] is not { } at || at < loss.From) continue;
                var date = at.InZone(AstanaTime.Zone).Date;
                if (!nextWorkingDay.TryGetValue(date, out var day))
                    nextWorkingDay[date] = day = stateCalendar.NextWorkingDay(date);
                moves.Propose(kind, at, ScheduleMoves.OnDay(at, day), "R2 §16.6");
            }
            moves.Emit(procurement, source, provisional: false, null, settings.LaterStagesFollow, orders);
        }
        return orders;
    }

    /// <summary>Force majeure (R1 §14; R2 §16.6): once confirmed, the operator "moves the procurement by the days of
    /// the period", and only in agreement with the Owner. Read as: the period covers the Astana dates from its first
    /// to its last day, both counted (a supplier who lost part of a day lost that day); every date of a procurement
    /// of the module (or of the portal) from the start of the period on moves by that many calendar days, same time
    /// of day, when the procurement had begun by the period's end. Without the Owner's agreement nothing moves; each
    /// order carries the agreement.</summary>
    public static IReadOnlyList<ExtensionOrder> ForForceMajeure(ForceMajeure majeure, IEnumerable<ProcurementDeadlines> procurements,
        ExtensionSettings settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(majeure.Id);
        if (majeure.To < majeure.From) throw new ArgumentException($"Force majeure {majeure.Id}: the period ends before it starts.");
        if (majeure.OwnerAgreement is not { } agreement) return [];
        var days = Period.Between(Date(majeure.From), Date(majeure.To), PeriodUnits.Days).Days + 1;
        var approval = new Approval(ApprovalKind.OwnerAgreement, agreement.By, agreement.Reference);
        var source = new ExtensionSource(ExtensionSourceKind.ForceMajeure, majeure.Id);
        var moves = new ScheduleMoves();
        var orders = new List<ExtensionOrder>();
        foreach (var procurement in procurements)
        {
            if (!InModule(procurement, majeure.Module) || procurement.Earliest() > majeure.To) continue;
            for (var kind = FirstMovable; kind <= DeadlineKind.Results; kind++)
                if (procurement[kind] is { } at && at >= majeure.From)
                    moves.Propose(kind, at, ScheduleMoves.OnDay(at, Date(at).PlusDays(days)), "R1 §14");
            moves.Emit(procurement, source, provisional: false, approval, settings.LaterStagesFollow, orders);
        }
        return orders;
    }

    /// <summary>R2 §24: the end of acceptance, opening, admission and results that fall in the works window (both ends
    /// included) move by the works' duration, in calendar time. Auction rounds in the window move too: the list does
    /// not name them, but a round cannot run while the System is stopped, and this reading never shortens a
    /// supplier's time. The works notice is <see cref="WorksWindow.NoticeDue"/>.</summary>
    public static IReadOnlyList<ExtensionOrder> ForPlannedWorks(WorksWindow works, IEnumerable<ProcurementDeadlines> procurements, ExtensionSettings settings)
    {
        works.Validate();
        var duration = works.Duration;
        var source = new ExtensionSource(ExtensionSourceKind.PlannedWorks, works.PlanId);
        var moves = new ScheduleMoves();
        var orders = new List<ExtensionOrder>();
        foreach (var procurement in procurements)
        {
            if (!InModule(procurement, works.Module)) continue;
            for (var kind = FirstMovable; kind <= DeadlineKind.Results; kind++)
                if (procurement[kind] is { } at && at >= works.Start && at <= works.End)
                    moves.Propose(kind, at, at + duration, "R2 §24");
            moves.Emit(procurement, source, provisional: false, null, settings.LaterStagesFollow, orders);
        }
        return orders;
    }

    private static bool SuppliersStillActing(ProcurementDeadlines procurement, Instant from) =>
        procurement[DeadlineKind.AcceptanceEnd] >= from
        || procurement[DeadlineKind.AuctionFirstRound] >= from
        || procurement[DeadlineKind.AuctionSecondRound] >= from;

    private static bool InModule(ProcurementDeadlines procurement, string? module) =>
        module is null || string.Equals(procurement.Module, module, StringComparison.Ordinal);

    private static LocalDate Date(Instant at) => at.InZone(AstanaTime.Zone).Date;
}
