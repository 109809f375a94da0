namespace GosZakup.Console.Web.Features.Penalties;

/// <summary>One failure as R2 §28 charges it.</summary>
public sealed record PenaltyInput(string IncidentNumber, DateTime StartUtc, DateTime? FixedAtUtc, string CauseCode);

/// <summary>One failure's penalty with every figure of its formula: the billed duration (rounded up), the amount before any
/// cap, and what each cap took off.</summary>
public sealed record PenaltyLine(
    string IncidentNumber, DateTime StartUtc, DateTime EndUtc, bool Open, string CauseCode, int BilledMinutes,
    decimal HourlyAmount, decimal PerIncidentAmount, decimal Uncapped, decimal AfterIncidentCap, decimal Amount)
{
    public bool CappedPerIncident => AfterIncidentCap < Uncapped;

    public bool CappedPerQuarter => Amount < AfterIncidentCap;
}

public sealed record PenaltyTotals(IReadOnlyList<PenaltyLine> Lines, decimal Uncapped, decimal Total)
{
    public bool QuarterCapReached => Total < Lines.Sum(l => l.AfterIncidentCap);
}

/// <summary>R2 §28's arithmetic, with nothing but its inputs: the duration from detection to the fix (or to now while
/// open) rounded up to <see cref="PenaltyOptions.RoundingMinutes"/>, times the hourly rate, plus the per-failure rate, in
/// whole tenge (half away from zero), capped per failure and then, in the order the failures began, per quarter.</summary>
public static class PenaltyCalculator
{
    public static PenaltyTotals Compute(IEnumerable<PenaltyInput> failures, PenaltyOptions options, DateTime nowUtc)
    {
        var left = options.CapPerQuarter > 0 ? options.CapPerQuarter : decimal.MaxValue;
        var lines = new List<PenaltyLine>();
        foreach (var failure in failures.OrderBy(f => f.StartUtc).ThenBy(f => f.IncidentNumber, StringComparer.Ordinal))
        {
            var line = Line(failure, options, nowUtc);
            var amount = Math.Min(line.AfterIncidentCap, left);
            left -= amount;
            lines.Add(line with { Amount = amount });
        }
        return new PenaltyTotals(lines, lines.Sum(l => l.Uncapped), lines.Sum(l => l.Amount));
    }

    /// <summary>One failure on its own: the per-failure cap applied, the quarter's not.</summary>
    public static PenaltyLine Line(PenaltyInput failure, PenaltyOptions options, DateTime nowUtc)
    {
        var end = failure.FixedAtUtc ?? nowUtc;
        var minutes = BilledMinutes(end - failure.StartUtc, options.RoundingMinutes);
        var hourly = Math.Round(minutes * options.RatePerHour / 60m, 0, MidpointRounding.AwayFromZero);
        var uncapped = hourly + options.RatePerIncident;
        var capped = options.CapPerIncident > 0 ? Math.Min(uncapped, options.CapPerIncident) : uncapped;
        return new PenaltyLine(failure.IncidentNumber, failure.StartUtc, end, failure.FixedAtUtc is null, failure.CauseCode, minutes,
            hourly, options.RatePerIncident, uncapped, capped, capped);
    }

    /// <summary>Whole minutes (a started minute counts), rounded up to a multiple of <paramref name="rounding"/>.</summary>
    public static int BilledMinutes(TimeSpan duration, int rounding)
    {
        if (duration <= TimeSpan.Zero) return 0;
        var minutes = (int)((duration.Ticks + TimeSpan.TicksPerMinute - 1) / TimeSpan.TicksPerMinute);
        var step = Math.Max(1, rounding);
        return (minutes + step - 1) / step * step;
    }
}
