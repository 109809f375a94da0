namespace GosZakup.Console.Domain.Extensions;

public static partial class ExtensionEngine
{
    /// <summary>Puts freshly computed orders together with the stored ones, so that overlapping failures (and works,
    /// and force majeure) never move a deadline twice and the latest new deadline wins:
    /// <list type="number">
    /// <item>Recomputing a source replaces its orders that are not in force (proposed or superseded), so the actual
    /// fix replaces the planned fix's proposals; an override a person made is kept and competes like any order.
    /// <paramref name="recomputed"/> names the sources recomputed (default: those in <paramref name="incoming"/>;
    /// pass a source explicitly when its recomputation gave no orders).</item>
    /// <item>Per deadline, orders in force stay as they are: a moved deadline is never moved back, even when the
    /// actual fix comes earlier than planned.</item>
    /// <item>Of the rest, the one with the latest new deadline is <see cref="ExtensionOrderState.Proposed"/>, moving
    /// the deadline from where it stands now (the latest deadline in force, else the announced one), if that is
    /// later; every other is <see cref="ExtensionOrderState.Superseded"/>.</item>
    /// </list>
    /// Every computation starts from the announced dates, so the winner is the later deadline, not the sum of the
    /// extensions. Idempotent: merging the same computation again gives the same list. The list is sorted by
    /// procurement, lot and deadline.</summary>
    public static IReadOnlyList<ExtensionOrder> Merge(IEnumerable<ExtensionOrder> existing, IEnumerable<ExtensionOrder> incoming,
        IEnumerable<ExtensionSource>? recomputed = null)
    {
        var fresh = incoming.ToList();
        if (fresh.Any(o => o.State != ExtensionOrderState.Proposed))
            throw new ArgumentException("Computed orders are merged as proposals; stored ones go in existing.", nameof(incoming));
        var replaced = (recomputed ?? fresh.Select(o => o.Source)).ToHashSet();
        var kept = existing.Where(o => o.IsInForce || o.IsOverridden || !replaced.Contains(o.Source));
        var merged = new List<ExtensionOrder>(fresh.Count);
        foreach (var group in kept.Concat(fresh).GroupBy(o => o.Key))
            Resolve(group, merged);
        merged.Sort(Canonical);
        return merged;
    }

    private static void Resolve(IEnumerable<ExtensionOrder> orders, List<ExtensionOrder> into)
    {
        if (orders is IList<ExtensionOrder> { Count: 1 } single) // most deadlines have one source: no lists, no sort
        {
            var only = single[0];
            into.Add(only.IsInForce || only.State == ExtensionOrderState.Proposed ? only : only with { State = ExtensionOrderState.Proposed });
            return;
        }
        var inForce = new List<ExtensionOrder>();
        var candidates = new List<ExtensionOrder>();
        foreach (var order in orders)
            (order.IsInForce ? inForce : candidates).Add(order);
        into.AddRange(inForce);
        if (candidates.Count == 0) return;
        candidates.Sort(LatestFirst);
        var standing = inForce.Count == 0 ? (NodaTime.Instant?)null : inForce.Max(o => o.New);
        var best = candidates[0];
        var wins = standing is not { } now || best.New > now;
        into.Add(wins ? best with { State = ExtensionOrderState.Proposed, Old = standing ?? best.Old } : Superseded(best));
        for (var i = 1; i < candidates.Count; i++)
            into.Add(Superseded(candidates[i]));
    }

    private static ExtensionOrder Superseded(ExtensionOrder order) => order with { State = ExtensionOrderState.Superseded };

    /// <summary>Latest new deadline first; ties broken by clause, then source, so the result never depends on input order.</summary>
    private static int LatestFirst(ExtensionOrder a, ExtensionOrder b)
    {
        var byNew = b.New.CompareTo(a.New);
        if (byNew != 0) return byNew;
        var byClause = string.CompareOrdinal(a.Clause, b.Clause);
        if (byClause != 0) return byClause;
        var byKind = a.Source.Kind.CompareTo(b.Source.Kind);
        return byKind != 0 ? byKind : string.CompareOrdinal(a.Source.Id, b.Source.Id);
    }

    private static int Canonical(ExtensionOrder a, ExtensionOrder b)
    {
        var c = string.CompareOrdinal(a.Procurement, b.Procurement);
        if (c != 0) return c;
        c = string.CompareOrdinal(a.Lot, b.Lot);
        if (c != 0) return c;
        c = a.Deadline.CompareTo(b.Deadline);
        if (c != 0) return c;
        c = a.State.CompareTo(b.State);
        if (c != 0) return c;
        c = LatestFirst(a, b);
        return c != 0 ? c : a.Old.CompareTo(b.Old);
    }
}
