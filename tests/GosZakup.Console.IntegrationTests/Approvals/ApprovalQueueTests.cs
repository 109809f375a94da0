using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.IntegrationTests.Acts;
using GosZakup.Console.IntegrationTests.Incidents;
using GosZakup.Console.Web.Features.Approvals;
using GosZakup.Console.Web.Features.Extensions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.IntegrationTests.Approvals;

/// <summary>The approval queue on the Act signing scenario (Friday 20 November 2026, 12:10 Astana): a medium failure of
/// 15423871-1 whose Act 2026-001 is submitted; its extension orders are proposed when the job runs.</summary>
public sealed class ApprovalQueueTests : IAsyncLifetime
{
    private ActSigningScenario scenario = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => scenario = await ActSigningScenario.StartAsync();

    public async ValueTask DisposeAsync() => await scenario.DisposeAsync();

    private ApprovalQueue Queue => new(scenario.Get<IDbContextFactory<AppDbContext>>());

    [Fact]
    public async Task A_submitted_Act_waits_for_a_Supervisor_on_its_Act_duty_clock_and_for_nobody_else()
    {
        var items = await Queue.ForAsync(IncidentScenario.Supervisor, Ct);

        var act = Assert.Single(items);
        var duty = (await scenario.Incident.DutiesAsync()).Single(d => d.Code == ObligationCatalogue.Act.Code);
        Assert.Equal((ApprovalKind.ActSignature, "2026-001", scenario.Incident.Number, "/acts/2026-001", duty.DueAtUtc),
            (act.Kind, act.Number, act.IncidentNumber, act.Link, act.DueAtUtc));
        Assert.Empty(await Queue.ForAsync(IncidentScenario.Operator, Ct));
        Assert.Empty(await Queue.ForAsync(IncidentScenario.Specialist, Ct));
    }

    [Fact]
    public async Task A_signed_Act_leaves_the_queue()
    {
        var signed = await scenario.SignAsync();
        Assert.True(signed.Succeeded, $"{signed.Refusal}");

        Assert.DoesNotContain(await Queue.ForAsync(IncidentScenario.Supervisor, Ct), i => i.Kind == ApprovalKind.ActSignature);
    }

    [Fact]
    public async Task Proposed_extension_orders_are_one_item_per_incident_until_a_Supervisor_approves_them()
    {
        await RunExtensionJobAsync();

        var orders = (await Queue.ForAsync(IncidentScenario.Supervisor, Ct)).Single(i => i.Kind == ApprovalKind.ExtensionOrders);
        Assert.Equal((scenario.Incident.Number, $"/incidents/{scenario.Incident.Number}#extensions", "20.11.2026 18:00"),
            (orders.Number, orders.Link, Domain.Calendar.AstanaTime.Text(orders.DueAtUtc!.Value))); // the acceptance end it would move
        Assert.True(orders.Count >= 1);
        Assert.DoesNotContain(await Queue.ForAsync(IncidentScenario.Operator, Ct), i => i.Kind == ApprovalKind.ExtensionOrders);

        var sources = IncidentFailureFacts.Sources(scenario.Incident.Number);
        var shown = await scenario.Get<ExtensionQuery>().ForSourcesAsync(sources, 0, 1, Ct);
        var approved = await scenario.Get<ExtensionApproval>().ApproveAsync(sources, shown.Snapshot, IncidentScenario.Supervisor, Ct);
        Assert.True(approved.Succeeded, $"{approved.Refusal}");

        Assert.DoesNotContain(await Queue.ForAsync(IncidentScenario.Supervisor, Ct), i => i.Kind == ApprovalKind.ExtensionOrders);
    }

    [Fact]
    public async Task The_oldest_breach_comes_first_then_the_least_time_left_and_the_counts_say_how_many_are_breached()
    {
        await RunExtensionJobAsync();
        var incident = await scenario.Incident.IncidentAsync();
        await using (var db = scenario.Incident.Services.NewDb())
        {
            // An owner report (R2 §16.9) whose limit passed at 11:00 today.
            db.Obligations.Add(new ObligationRecord
            {
                Code = ObligationCatalogue.OwnerReportHigh.Code, Clause = "R2 §16.9", SubjectType = "Incident", SubjectId = incident.Id.ToString(),
                TriggeredAtUtc = IncidentScenario.Utc("09:00"), DueAtUtc = IncidentScenario.Utc("11:00"),
            });
            await db.SaveChangesAsync(Ct);
        }

        var items = await Queue.ForAsync(IncidentScenario.Supervisor, Ct);

        Assert.Equal([ApprovalKind.OwnerReport, ApprovalKind.ExtensionOrders, ApprovalKind.ActSignature], items.Select(i => i.Kind));
        Assert.Equal($"/incidents/{scenario.Incident.Number}#owner-report", items[0].Link);
        Assert.Equal((3, 1), await Queue.CountAsync(IncidentScenario.Supervisor, IncidentScenario.Utc("12:10"), Ct));
        Assert.Empty(await Queue.ForAsync(IncidentScenario.Specialist, Ct));
    }

    private async Task RunExtensionJobAsync()
    {
        await using var scope = scenario.Incident.Services.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ExtensionJob>().RunForIncidentAsync(scenario.Incident.Number, Ct);
    }
}
