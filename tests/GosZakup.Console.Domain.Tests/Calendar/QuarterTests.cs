using GosZakup.Console.Domain.Calendar;

namespace GosZakup.Console.Domain.Tests.Calendar;

public sealed class QuarterTests
{
    [Fact]
    public void A_quarter_runs_from_Astana_midnight_to_the_next_quarters()
    {
        var q4 = new Quarter(2026, 4);
        Assert.Equal(new DateTime(2026, 9, 30, 19, 0, 0, DateTimeKind.Utc), q4.FromUtc);
        Assert.Equal(new DateTime(2026, 12, 31, 19, 0, 0, DateTimeKind.Utc), q4.ToUtc);
        Assert.Equal(new Quarter(2027, 1), q4.Next);
        Assert.Equal(new Quarter(2026, 3), q4.Previous);
        Assert.Equal("2026-Q4", q4.ToString());
    }

    [Theory]
    [InlineData("2026-09-30T18:59:59", 3)] // 23:59:59 on 30 September in Astana
    [InlineData("2026-09-30T19:00:00", 4)] // midnight of 1 October in Astana
    public void The_quarter_of_an_instant_is_the_quarter_of_its_Astana_day(string utc, int expected)
    {
        var at = DateTime.SpecifyKind(DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);
        Assert.Equal(new Quarter(2026, expected), Quarter.Containing(at));
    }

    [Theory]
    [InlineData("2026-Q4", true)]
    [InlineData(" 2027-q1 ", true)]
    [InlineData("2026-Q5", false)]
    [InlineData("2026Q4", false)]
    [InlineData(null, false)]
    public void Quarters_are_read_as_written(string? text, bool readable) => Assert.Equal(readable, Quarter.TryParse(text, out _));
}
