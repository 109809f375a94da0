using GosZakup.Console.Web.Components.Shared;
using Kind = GosZakup.Console.Web.Components.Shared.AstanaDateTimeReading.Kind;

namespace GosZakup.Console.Web.Tests;

/// <summary>How a date-and-time text reads: twelve digits make a wall-clock time, whatever separates them.</summary>
public sealed class AstanaDateTimeTextTests
{
    [Theory]
    [InlineData("", Kind.Empty)]
    [InlineData("   ", Kind.Empty)]
    [InlineData("0", Kind.Incomplete)]
    [InlineData("06.03.2026 09:0", Kind.Incomplete)]
    [InlineData("06.03.2026 09:055", Kind.Incomplete)]
    [InlineData("31.02.2026 10:00", Kind.Impossible)]
    [InlineData("06.13.2026 10:00", Kind.Impossible)]
    [InlineData("06.03.2026 24:00", Kind.Impossible)]
    [InlineData("06.03.2026 09:05", Kind.Valid)]
    [InlineData("06/03/2026 0905", Kind.Valid)]
    public void Reads(string text, Kind expected) => Assert.Equal(expected, AstanaDateTimeText.Read(text).State);

    [Fact]
    public void A_valid_text_is_that_wall_clock_time() =>
        Assert.Equal(new DateTime(2026, 3, 6, 9, 5, 0), AstanaDateTimeText.Read("06.03.2026 09:05").Value);

    [Fact]
    public void Shows_to_the_minute_with_leading_zeros() =>
        Assert.Equal("06.03.2026 09:05", AstanaDateTimeText.Show(new DateTime(2026, 3, 6, 9, 5, 59)));
}
