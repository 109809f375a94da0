using NodaTime;

namespace GosZakup.Console.Domain.Obligations;

public enum ObligationState
{
    Pending = 1,
    Met = 2,
    MetLate = 3,
    Breached = 4,
    Waived = 5,
}

public static class ObligationStates
{
    /// <summary>The state of an obligation at <paramref name="now"/>: waived and met are final; a pending one
    /// past its legal limit is breached. An untimed one is never breached.</summary>
    public static ObligationState At(Instant? due, Instant? metAt, bool waived, Instant now) => (waived, metAt, due) switch
    {
        (true, _, _) => ObligationState.Waived,
        (_, { } met, { } limit) => met <= limit ? ObligationState.Met : ObligationState.MetLate,
        (_, not null, null) => ObligationState.Met,
        (_, null, { } limit) when now > limit => ObligationState.Breached,
        _ => ObligationState.Pending,
    };
}
