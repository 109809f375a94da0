using GosZakup.Console.Domain.Extensions;
using GosZakup.Console.Infrastructure.Extensions;
using GosZakup.Console.Infrastructure.Procurements;
using GosZakup.Console.IntegrationTests.Intake;
using GosZakup.Console.Web.Features.Procurements;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.IntegrationTests.Procurements;

/// <summary>A re-import gives the portal's announced dates; an extension in force (applied or published) still stands
/// until the portal's data catches up, so a nightly import never undoes an R2 §15.4 extension.</summary>
public sealed class ExtendedDeadlineReimportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly DateTime Announced = new(2026, 11, 20, 13, 0, 0, DateTimeKind.Utc); // 18:00 Astana
    private static readonly DateTime Extended = new(2026, 11, 23, 13, 0, 0, DateTimeKind.Utc);

    private static ImportFile File(string endDate) => ProcurementJsonReader.Read($$"""
        [{"numberAnno":"15423871-1","nameRu":"Поставка компьютерной техники","refTradeMethodsId":2,"customerBin":"040340002112",
          "orgBin":"990140000106","systemModule":"Конкурс","startDate":"2026-11-10 09:00:00","endDate":"{{endDate}}",
          "Lots":[{"lotNumber":"38104021-ОК1","nameRu":"Ноутбуки","amount":12500000}]}]
        """);

    /// <summary>Imports the announced date, then extends it as the extension job would: the order and the date in force.</summary>
    private static async Task<IntakeServices> ExtendedAsync(ExtensionOrderState state)
    {
        var services = await IntakeServices.StartAsync(s => s.AddScoped<ProcurementImport>());
        await services.Get<ProcurementImport>().ImportAsync(File("2026-11-20 18:00:00"), "operator@demo.kz", null, Ct);
        await using var db = services.NewDb();
        var procurement = await db.Set<ProcurementRecord>().Include(p => p.Deadlines).SingleAsync(Ct);
        db.Add(new ExtensionOrderRecord
        {
            ProcurementId = procurement.Id, ProcurementNumber = procurement.AnnouncementNumber, Kind = DeadlineKind.AcceptanceEnd,
            OldUtc = Announced, NewUtc = Extended, Clause = "R2 §15.4", SourceKind = ExtensionSourceKind.Failure, SourceId = "2026-000001",
            State = state, ComputedAtUtc = Announced.AddHours(-4), AppliedAtUtc = Announced.AddHours(-3),
        });
        procurement.Deadlines.Single(d => d.Kind == DeadlineKind.AcceptanceEnd).AtUtc = Extended;
        procurement.Version = Guid.NewGuid();
        await db.SaveChangesAsync(Ct);
        services.Clock.Advance(TimeSpan.FromHours(1));
        return services;
    }

    private static async Task<ProcurementDeadlineRecord> AcceptanceEndAsync(IntakeServices services)
    {
        await using var db = services.NewDb();
        return await db.Set<ProcurementDeadlineRecord>().SingleAsync(d => d.Kind == DeadlineKind.AcceptanceEnd, Ct);
    }

    [Theory]
    [InlineData(ExtensionOrderState.Applied)]
    [InlineData(ExtensionOrderState.Published)]
    public async Task Reimporting_the_announced_date_keeps_the_extension_in_force(ExtensionOrderState state)
    {
        await using var services = await ExtendedAsync(state);

        var result = await services.Get<ProcurementImport>().ImportAsync(File("2026-11-20 18:00:00"), "operator@demo.kz", null, Ct);

        Assert.Equal(1, result.Updated);
        var deadline = await AcceptanceEndAsync(services);
        Assert.Equal((Extended, Announced), (deadline.AtUtc, deadline.AnnouncedUtc));
        await using var db = services.NewDb();
        Assert.Empty(await db.Set<DeadlineChangeRecord>().ToListAsync(Ct));
    }

    [Fact]
    public async Task When_the_portal_announces_a_later_date_than_the_extension_the_announced_date_is_in_force()
    {
        await using var services = await ExtendedAsync(ExtensionOrderState.Applied);

        await services.Get<ProcurementImport>().ImportAsync(File("2026-11-24 18:00:00"), "operator@demo.kz", null, Ct);

        var later = new DateTime(2026, 11, 24, 13, 0, 0, DateTimeKind.Utc);
        var deadline = await AcceptanceEndAsync(services);
        Assert.Equal((later, later), (deadline.AtUtc, deadline.AnnouncedUtc));
        await using var db = services.NewDb();
        var change = Assert.Single(await db.Set<DeadlineChangeRecord>().ToListAsync(Ct));
        Assert.Equal((Extended, later, ProcurementImport.ImportSource), (change.OldUtc, change.NewUtc, change.Source));
    }

    [Fact]
    public async Task An_extension_only_proposed_does_not_hold_the_date()
    {
        await using var services = await ExtendedAsync(ExtensionOrderState.Proposed);

        await services.Get<ProcurementImport>().ImportAsync(File("2026-11-20 18:00:00"), "operator@demo.kz", null, Ct);

        var deadline = await AcceptanceEndAsync(services);
        Assert.Equal((Announced, Announced), (deadline.AtUtc, deadline.AnnouncedUtc));
    }
}
