namespace GosZakup.Console.Web.Features.Dashboard;

/// <summary>Percentiles by linear interpolation between the closest ranks (Excel's PERCENTILE.INC): the median of
/// 10, 20, 30, 40 is 25, the 90th percentile 37.</summary>
public static class Percentiles
{
    public static TimeSpan Of(IReadOnlyList<TimeSpan> sorted, double p)
    {
        if (sorted.Count == 0) return TimeSpan.Zero;
        var rank = p * (sorted.Count - 1);
        var lower = (int)Math.Floor(rank);
        var upper = Math.Min(lower + 1, sorted.Count - 1);
        var fraction = rank - lower;
        return sorted[lower] + TimeSpan.FromTicks((long)Math.Round((sorted[upper] - sorted[lower]).Ticks * fraction));
    }
}
