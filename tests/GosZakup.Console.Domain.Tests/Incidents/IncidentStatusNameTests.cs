using GosZakup.Console.Domain.Incidents;

namespace GosZakup.Console.Domain.Tests.Incidents;

public class IncidentStatusNameTests
{
    [Theory]
    [InlineData("UnderAnalysis", IncidentStatus.UnderAnalysis)]
    [InlineData("Closed", IncidentStatus.Closed)]
    public void A_filter_names_a_status_as_it_is_stored(string name, IncidentStatus status)
    {
        Assert.Equal(status, IncidentStatusName.Parse(name));
    }

    [Theory]
    [InlineData("closed")]
    [InlineData("7")]
    [InlineData(" Closed")]
    [InlineData("")]
    [InlineData(null)]
    public void Any_other_text_names_no_status(string? name)
    {
        Assert.Null(IncidentStatusName.Parse(name));
    }
}
