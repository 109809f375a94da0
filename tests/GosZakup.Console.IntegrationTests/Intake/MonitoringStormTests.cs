using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Web.Features.Inbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.IntegrationTests.Intake;

/// <summary>A monitoring storm joins an alert's firings to its appeal while that appeal is open: unregistered, or
/// registered into an incident still being worked; once the incident is fixed, refuted or closed, the alert opens anew.</summary>
public sealed class MonitoringStormTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static AppealForm Alert(DateTime receivedAstana) => new()
    {
        Channel = AppealChannel.Monitoring, ReceivedAt = receivedAstana, OrganisationName = "Monitoring: app-node-3",
        Description = "PortalDown\nlabels: alertname=PortalDown, instance=app-node-3",
    };

    [Theory]
    [InlineData(IncidentStatus.UnderAnalysis, AlertJoin.Joined)]
    [InlineData(IncidentStatus.Fixed, AlertJoin.None)]
    [InlineData(IncidentStatus.Closed, AlertJoin.None)]
    public async Task A_registered_alert_appeal_takes_repeats_until_its_incident_is_settled(IncidentStatus status, AlertJoin expected)
    {
        await using var app = await IntakeServices.StartAsync();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var origin = new AlertOrigin("a1b2c3d4e5f60718", now.AddMinutes(-10));
        var form = Alert(new DateTime(2026, 11, 20, 12, 5, 0));
        var received = await app.Get<AppealIntake>().ReceiveAsync(form, Ct, "am:a1b2c3d4e5f60718:1", origin);
        var registered = await app.Get<AppealRegistration>().RegisterAsync(received.Value!.AppealId, form, IntakeServices.Operator(), Ct);
        Assert.True(registered.Succeeded, $"{registered.Refusal}");
        await using (var db = app.NewDb())
            await db.Set<IncidentRecord>().Where(i => i.Number == registered.Value!.IncidentNumber)
                .ExecuteUpdateAsync(u => u.SetProperty(i => i.Status, status), Ct);

        var (join, appealId) = await app.Get<MonitoringStorm>().JoinAsync(origin with { StartsAtUtc = now.AddMinutes(-1) }, now, Ct);

        Assert.Equal(expected, join);
        Assert.Equal(expected == AlertJoin.Joined ? received.Value!.AppealId : null, appealId);
    }
}
