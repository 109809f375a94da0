using GosZakup.Console.Domain.Incidents;
using NodaTime;

namespace GosZakup.Console.Domain.Tests.Incidents;

public class IncidentNumberTests
{
    [Theory]
    [InlineData(2026, 123, "INC-2026-000123")]
    [InlineData(2027, 1, "INC-2027-000001")]
    [InlineData(2026, 1234567, "INC-2026-1234567")]
    public void Is_written_with_the_year_and_a_six_digit_sequence(int year, int sequence, string text)
    {
        Assert.Equal(text, new IncidentNumber(year, sequence).ToString());
        Assert.Equal(new IncidentNumber(year, sequence), IncidentNumber.Parse(text));
    }

    [Theory]
    [InlineData("INC-26-000123")]
    [InlineData("inc-2026-000123")]
    [InlineData("INC-2026-123")]
    [InlineData("")]
    public void Anything_else_is_not_an_incident_number(string text) => Assert.Throws<FormatException>(() => IncidentNumber.Parse(text));
}

public class AppealRulesTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 20, 7, 0);

    [Theory]
    [InlineData("just now", 0, true)]
    [InlineData("a minute in the future (clock skew)", 1, true)]
    [InlineData("ten minutes in the future", 10, false)]
    [InlineData("29 days ago", -29 * 24 * 60, true)]
    [InlineData("31 days ago", -31 * 24 * 60, false)]
    public void A_received_time_must_be_plausible(string why, int minutesFromNow, bool plausible)
    {
        Assert.True(plausible == AppealRules.IsPlausibleReceivedAt(Now + Duration.FromMinutes(minutesFromNow), Now), why);
    }

    [Theory]
    [InlineData(60, false)]
    [InlineData(61, true)]
    public void A_report_more_than_an_hour_after_detection_is_late(int minutesAfter, bool late)
    {
        Assert.Equal(late, AppealRules.IsLateReport(Now, Now + Duration.FromMinutes(minutesAfter)));
    }
}
