using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Acts;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.IntegrationTests.Providers;

public abstract partial class ProviderContractTests
{
    [Fact]
    public async Task Five_concurrent_Act_drafts_number_the_Acts_1_to_5_with_no_gap_and_no_duplicate()
    {
        await using var database = await databases.CreateMigratedAsync(Ct);
        await using var app = ProviderApp.On(database);
        var number = await RegisterAsync(app, Appeal(1));
        Guid incidentId;
        await using (var db = app.NewDb())
        {
            // Confirmed medium and classified as the operator's failure, as the Working Group leaves it (those steps have
            // tests of their own); an Act is drafted from such an incident.
            var incident = await db.Set<IncidentRecord>().SingleAsync(i => i.Number == number, Ct);
            (incident.Status, incident.Severity, incident.SeveritySetAtUtc) = (IncidentStatus.Confirmed, Severity.Medium, app.Clock.GetUtcNow().UtcDateTime);
            (incident.CauseCode, incident.IsOperatorRelated) = (FailureCauseCatalogue.OperatorRelated[0].Code, true);
            await db.SaveChangesAsync(Ct);
            incidentId = incident.Id;
        }

        var drafts = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => Task.Run(() =>
            app.InScopeAsync<ActDrafting, CommandResult<string>>(d => d.DraftFromIncidentAsync(incidentId, ProviderApp.Operator($"op-{i}", $"operator{i}@demo.kz"), Ct)))));

        Assert.All(drafts, d => Assert.True(d.Succeeded, $"{d.Refusal}"));
        Assert.Equal(Enumerable.Range(1, 5).Select(n => $"2026-{n:000}"), drafts.Select(d => d.Value!).Order());
    }
}
