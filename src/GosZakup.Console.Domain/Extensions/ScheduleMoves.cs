using GosZakup.Console.Domain.Calendar;
using NodaTime;

namespace GosZakup.Console.Domain.Extensions;

/// <summary>The moves one source proposes for one procurement, collected clause by clause and turned into orders
/// once: per deadline the latest proposal wins, so two clauses never move a deadline twice. Reused across the
/// procurements of one pass (no allocation unless something moves).</summary>
internal sealed class ScheduleMoves
{
    private const int First = (int)DeadlineKind.AcceptanceEnd; // acceptance start never moves
    private const int Slots = ProcurementDeadlines.KindSlots;

    private readonly Instant?[] to = new Instant?[Slots];
    private readonly string?[] clause = new string?[Slots];
    private readonly bool[] cancelsAutoProtocol = new bool[Slots];
    private bool any;

    /// <summary>Proposes moving <paramref name="kind"/> from <paramref name="old"/> to <paramref name="moved"/>;
    /// a proposal that would not extend is ignored (an extension never shortens a supplier's time).</summary>
    public void Propose(DeadlineKind kind, Instant old, Instant moved, string byClause, bool cancelsProtocol = false)
    {
        var slot = (int)kind;
        if (moved <= old || (to[slot] is { } best && moved <= best)) return;
        (to[slot], clause[slot], cancelsAutoProtocol[slot], any) = (moved, byClause, cancelsProtocol, true);
    }

    public void Emit(ProcurementDeadlines procurement, ExtensionSource source, bool provisional, Approval? approval, bool laterStagesFollow,
        List<ExtensionOrder> into)
    {
        if (!any) return;
        if (laterStagesFollow) CarryLaterStages(procurement);
        for (var slot = First; slot < Slots; slot++)
        {
            if (to[slot] is not { } moved) continue;
            into.Add(new ExtensionOrder(procurement.Procurement, procurement.Lot, (DeadlineKind)slot, procurement.At(slot)!.Value, moved,
                clause[slot]!, source, ExtensionOrderState.Proposed, cancelsAutoProtocol[slot], provisional, approval));
            (to[slot], clause[slot], cancelsAutoProtocol[slot]) = (null, null, false);
        }
        any = false;
    }

    /// <summary>A stage the move of an earlier stage would overtake keeps its distance from it (in stage order, so
    /// that a carried opening carries the admission it overtakes in turn).</summary>
    private void CarryLaterStages(ProcurementDeadlines procurement)
    {
        for (var later = First + 1; later < Slots; later++)
        {
            if (procurement.At(later) is not { } at) continue;
            for (var earlier = First; earlier < later; earlier++)
            {
                if (to[earlier] is not { } moved || procurement.At(earlier) is not { } old) continue;
                if (at >= old && at < moved)
                    Propose((DeadlineKind)later, at, at + (moved - old), clause[earlier]!);
            }
        }
    }

    /// <summary>The same Astana clock time on another day: a deadline moved "to a day" keeps its time of day.</summary>
    public static Instant OnDay(Instant at, LocalDate day) =>
        AstanaTime.Zone.AtLeniently(day.At(at.InZone(AstanaTime.Zone).TimeOfDay)).ToInstant();
}
