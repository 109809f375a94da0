using NodaTime;

namespace GosZakup.Console.Domain.Extensions;

/// <summary>One procurement (or one lot of it) as the extension engine sees it: its method, the System module
/// it runs in and its dates as announced, before any extension (the moves live in the stored
/// <see cref="ExtensionOrder"/>s, so recomputing never moves a deadline twice). The dates are kept in an array
/// indexed by <see cref="DeadlineKind"/> so that a pass over 50,000 procurements does no dictionary look-ups.</summary>
public sealed class ProcurementDeadlines
{
    internal const int KindSlots = (int)DeadlineKind.Results + 1;

    private readonly Instant?[] dates = new Instant?[KindSlots];

    public ProcurementDeadlines(string procurement, string? lot, TradeMethod method, string module,
        IEnumerable<KeyValuePair<DeadlineKind, Instant>> deadlines, bool resultsProtocolFormedAutomatically = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(procurement);
        ArgumentException.ThrowIfNullOrWhiteSpace(module);
        (Procurement, Lot, Method, Module, ResultsProtocolFormedAutomatically) = (procurement, lot, method, module, resultsProtocolFormedAutomatically);
        foreach (var (kind, at) in deadlines)
        {
            if (kind is < DeadlineKind.AcceptanceStart or > DeadlineKind.Results)
                throw new ArgumentOutOfRangeException(nameof(deadlines), kind, "Unknown deadline kind.");
            dates[(int)kind] = at;
        }
        if (dates[(int)DeadlineKind.AcceptanceStart] is { } start && dates[(int)DeadlineKind.AcceptanceEnd] is { } end && start > end)
            throw new ArgumentException($"{procurement}: acceptance ends before it starts.", nameof(deadlines));
    }

    /// <summary>The announcement number on the portal.</summary>
    public string Procurement { get; }

    /// <summary>The lot number, or null when the deadlines are the procurement's own.</summary>
    public string? Lot { get; }

    public TradeMethod Method { get; }

    /// <summary>The System module the procurement runs in (R2 §16.2 extends the whole affected module).</summary>
    public string Module { get; }

    /// <summary>The System has already formed the auction's results protocol automatically (R2 §15.5, §16.5: it is
    /// cancelled with the submitted applications when the second round moves).</summary>
    public bool ResultsProtocolFormedAutomatically { get; }

    public Instant? this[DeadlineKind kind] => dates[(int)kind];

    /// <summary>The dates that are set, in stage order.</summary>
    public IEnumerable<KeyValuePair<DeadlineKind, Instant>> Deadlines
    {
        get
        {
            for (var kind = DeadlineKind.AcceptanceStart; kind <= DeadlineKind.Results; kind++)
                if (dates[(int)kind] is { } at)
                    yield return new(kind, at);
        }
    }

    internal Instant? At(int slot) => dates[slot];

    /// <summary>The earliest date the procurement has (acceptance start when known).</summary>
    internal Instant? Earliest()
    {
        Instant? earliest = null;
        for (var slot = 1; slot < KindSlots; slot++)
            if (dates[slot] is { } at && (earliest is null || at < earliest))
                earliest = at;
        return earliest;
    }
}
