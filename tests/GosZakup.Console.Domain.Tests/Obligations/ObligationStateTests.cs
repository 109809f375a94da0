using GosZakup.Console.Domain.Obligations;
using static GosZakup.Console.Domain.Tests.Calendar.TestCalendar;

namespace GosZakup.Console.Domain.Tests.Obligations;

public class ObligationStateTests
{
    private static readonly NodaTime.Instant Due = Astana("2026-11-20 10:30");

    [Theory]
    [InlineData("pending before the limit", null, false, "2026-11-20 10:29", ObligationState.Pending)]
    [InlineData("breached after the limit", null, false, "2026-11-20 10:31", ObligationState.Breached)]
    [InlineData("met on time", "2026-11-20 10:30", false, "2026-11-20 12:00", ObligationState.Met)]
    [InlineData("met late", "2026-11-20 10:45", false, "2026-11-20 12:00", ObligationState.MetLate)]
    [InlineData("waived wins over everything", null, true, "2026-11-20 12:00", ObligationState.Waived)]
    public void State_at_a_moment(string why, string? metAt, bool waived, string now, ObligationState expected)
    {
        var state = ObligationStates.At(Due, metAt is null ? null : Astana(metAt), waived, Astana(now));

        Assert.True(expected == state, why);
    }

    [Fact]
    public void An_untimed_duty_is_never_breached()
    {
        Assert.Equal(ObligationState.Pending, ObligationStates.At(null, null, false, Astana("2030-01-01 00:00")));
    }
}
