using GosZakup.Console.Domain.Acts;
using GosZakup.Console.Infrastructure.Acts;
using static GosZakup.Console.IntegrationTests.SecurityReturns.SecurityReturnScenario;

namespace GosZakup.Console.IntegrationTests.SecurityReturns;

/// <summary>R2 §18: the Act published on Friday 20 November 2026 at 12:10 Astana; the organiser's 3 working days are
/// Saturday 21, Monday 23 and Tuesday 24 (the publication's own day does not count), so the limit is Tuesday's close.</summary>
public sealed class SecurityReturnTrackingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Publication_starts_one_row_per_supplier_with_a_security_and_its_R2_18_duty()
    {
        await using var scenario = await StartAsync();

        var rows = await scenario.RowsAsync();

        Assert.Equal([(SecurityReturnData.SecondBin, 250_000m), (SecurityReturnData.FirstBin, 1_500_000.50m)],
            rows.Select(r => (r.SupplierTaxpayerNumber, r.Amount)));
        Assert.All(rows, r => Assert.Equal((SecurityReturnState.AwaitingOrganiser, "25.11.2026 18:30"), (r.State, Astana(r.ReturnDueAtUtc))));
        foreach (var row in rows)
        {
            var duty = Assert.Single(await scenario.DutiesAsync(row.Id));
            Assert.Equal(("security-return", "R2 §18", "20.11.2026 12:10", "25.11.2026 18:30"),
                (duty.Code, duty.Clause, Astana(duty.TriggeredAtUtc), Astana(duty.DueAtUtc)));
        }
    }

    [Fact]
    public async Task Starting_again_for_the_same_Act_adds_nothing()
    {
        await using var scenario = await StartAsync();

        await scenario.TrackAsync();

        var rows = await scenario.RowsAsync();
        Assert.Equal(2, rows.Count);
        foreach (var row in rows) Assert.Single(await scenario.DutiesAsync(row.Id));
    }

    [Fact]
    public async Task Starting_does_not_save_on_its_own()
    {
        await using var scenario = await StartAsync(track: false);
        await using (var db = scenario.Services.NewDb())
        {
            var act = await db.Set<ActRecord>().FindAsync([scenario.Act.Id], Ct);
            var started =
                await scenario.Services.Get<Web.Features.SecurityReturns.SecurityReturnTracking>().StartAsync(db, act!, act!.PublishedAtUtc!.Value, Ct);
            Assert.Equal(2, started.Count);
            // same context, not saved yet
            Assert.Empty(await scenario.Services.Get<Web.Features.SecurityReturns.SecurityReturnTracking>().StartAsync(db, act, act.PublishedAtUtc!.Value, Ct));
        }

        Assert.Empty(await scenario.RowsAsync());
    }
}
