using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Web.Features.Extensions;
using NodaTime;

namespace GosZakup.Console.Web.Tests;

/// <summary>What the extension engine is told of a stored incident: R2 §9's clock starts when the information arrived.</summary>
public class IncidentFailureFactsTests
{
    private static readonly DateTime Registered = new(2026, 11, 20, 5, 25, 0, DateTimeKind.Utc); // 10:25 Astana

    [Fact]
    public void The_information_arrived_with_the_first_appeal_not_at_registration()
    {
        var incident = new IncidentRecord { Number = "INC-2026-000001", RegisteredAtUtc = Registered, SystemModule = "Конкурс" };
        AppealRecord[] appeals =
        [
            new() { ReceivedAtUtc = Registered.AddMinutes(-10), DetectedAtUtc = Registered.AddMinutes(-40) },
            new() { ReceivedAtUtc = Registered.AddMinutes(-25) },
        ];

        var facts = IncidentFailureFacts.From(incident, appeals);

        Assert.Equal(Instant.FromDateTimeUtc(Registered.AddMinutes(-25)), facts.InformationAt);
        Assert.Equal(Instant.FromDateTimeUtc(Registered.AddMinutes(-40)), facts.DetectedAt);
    }

    [Fact]
    public void Without_an_appeal_the_registration_stands_in()
    {
        var incident = new IncidentRecord { Number = "INC-2026-000002", RegisteredAtUtc = Registered };

        Assert.Equal(Instant.FromDateTimeUtc(Registered), IncidentFailureFacts.From(incident, []).InformationAt);
    }
}
