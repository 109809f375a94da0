namespace GosZakup.Console.Web.Features.Penalties;

/// <summary>The configuration section <c>Penalties</c> (R2 §28): contract parameters, set by the Owner's contract with the
/// operator; the defaults are placeholders until the contract's figures are configured. Amounts in tenge; a cap of 0 means
/// no cap.</summary>
public sealed class PenaltyOptions
{
    /// <summary>Tenge per hour of an operator-related failure.</summary>
    public decimal RatePerHour { get; set; } = 50_000m;

    /// <summary>Tenge charged once for each operator-related failure, whatever its length.</summary>
    public decimal RatePerIncident { get; set; }

    /// <summary>At most this many tenge for one failure.</summary>
    public decimal CapPerIncident { get; set; } = 1_000_000m;

    /// <summary>At most this many tenge over a quarter; later failures of the quarter are charged what is left.</summary>
    public decimal CapPerQuarter { get; set; } = 5_000_000m;

    /// <summary>The failure's duration is rounded up to a multiple of this many minutes (1: to the minute).</summary>
    public int RoundingMinutes { get; set; } = 10;
}
