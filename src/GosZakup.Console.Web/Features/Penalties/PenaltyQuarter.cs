using GosZakup.Console.Domain.Calendar;
using NodaTime;

namespace GosZakup.Console.Web.Features.Penalties;

/// <summary>A calendar quarter in Astana time, and the UTC instants it runs between.</summary>
public sealed record PenaltyQuarter(int Year, int Quarter)
{
    public DateTime StartUtc => AstanaTime.ToUtc(new LocalDateTime(Year, (Quarter - 1) * 3 + 1, 1, 0, 0));

    public DateTime EndUtc => Quarter == 4 ? new PenaltyQuarter(Year + 1, 1).StartUtc : new PenaltyQuarter(Year, Quarter + 1).StartUtc;

    public bool IsValid => Year is >= 2024 and <= 2100 && Quarter is >= 1 and <= 4;

    public override string ToString() => $"{Year}-Q{Quarter}";

    public static PenaltyQuarter Of(DateTime utc)
    {
        var local = AstanaTime.FromUtc(utc);
        return new PenaltyQuarter(local.Year, (local.Month - 1) / 3 + 1);
    }
}
