using GosZakup.Console.Domain.Extensions;
using GosZakup.Console.Infrastructure.Extensions;
using GosZakup.Console.IntegrationTests.Extensions;
using GosZakup.Console.IntegrationTests.PlannedWorks;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Extensions;
using GosZakup.Console.Web.Features.PlannedWorks;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.IntegrationTests.Providers;

public abstract partial class ProviderContractTests
{
    /// <summary>Orders are written around EF's change tracker by a writer of each provider's own (prepared statements on
    /// SQLite, COPY and array updates on PostgreSQL): new, changed and removed orders each reach the table as EF reads them.</summary>
    [Fact]
    public async Task Extension_orders_are_added_changed_and_removed_by_the_provider_s_bulk_writer()
    {
        await using var database = await databases.CreateMigratedAsync(Ct);
        await using var app = ProviderApp.On(database);
        await using (var db = app.NewDb())
            await ExtensionProcurements.SeedAsync(db, 3, WorksScenario.Module);
        var created = await app.InScopeAsync<WorksPlanCommands, CommandResult>(c => c.CreateAsync(WorksScenario.Year, WorksScenario.Specialist, Ct));
        Assert.True(created.Succeeded, $"{created.Refusal} {created.Reason?.Key}");
        var plan = await PlanAsync(app);
        var saved = await app.InScopeAsync<WorksWindowCommands, CommandResult>(c =>
            c.SaveAsync(WorksScenario.Window(plan.Id, "17:00", "19:00", 20, WorksScenario.Module), WorksScenario.Specialist, Ct));
        Assert.True(saved.Succeeded, $"{saved.Refusal} {saved.Reason?.Key}");
        plan = await PlanAsync(app);
        var approved = await app.InScopeAsync<WorksPlanCommands, CommandResult>(c => c.ApproveAsync(plan.Id, plan.Version, WorksScenario.Supervisor, Ct));
        Assert.True(approved.Succeeded, $"{approved.Refusal} {approved.Reason?.Key}");
        var code = Assert.Single(plan.Windows).Code;

        await ComputeAsync(app, code);
        Assert.Equal(["15423871-1 20:00", "15423872-1 20:00", "15423873-1 20:00"], await OrdersAsync(app));

        await ChangeWindowAsync(app, code, w => w.EndUtc = WorksScenario.Utc("20:00"));
        await ComputeAsync(app, code);
        Assert.Equal(["15423871-1 21:00", "15423872-1 21:00", "15423873-1 21:00"], await OrdersAsync(app));

        await ChangeWindowAsync(app, code, w => w.Modules = "Государственные закупки");
        await ComputeAsync(app, code);
        Assert.Empty(await OrdersAsync(app));
    }

    private static async Task<WorksPlanRecord> PlanAsync(ProviderApp app)
    {
        await using var db = app.NewDb();
        return await db.Set<WorksPlanRecord>().AsNoTracking().Include(p => p.Windows).SingleAsync(p => p.Year == WorksScenario.Year, Ct);
    }

    private static async Task ComputeAsync(ProviderApp app, string code) =>
        Assert.NotNull(await app.InScopeAsync<ExtensionPlanner, StoreResult?>(p => p.ComputeForWorksAsync(code, Ct)));

    private static async Task ChangeWindowAsync(ProviderApp app, string code, Action<WorksWindowRecord> change)
    {
        await using var db = app.NewDb();
        change(await db.Set<WorksWindowRecord>().SingleAsync(w => w.Code == code, Ct));
        await db.SaveChangesAsync(Ct);
    }

    /// <summary>The open orders as "procurement new-deadline (Astana time)", with every column read back as EF maps it.</summary>
    private static async Task<List<string>> OrdersAsync(ProviderApp app)
    {
        await using var db = app.NewDb();
        var orders = await db.Set<ExtensionOrderRecord>().AsNoTracking().OrderBy(o => o.ProcurementNumber).ToListAsync(Ct);
        Assert.All(orders, o => Assert.Equal(
            (ExtensionOrderState.Proposed, DeadlineKind.AcceptanceEnd, "R2 §24", ExtensionSourceKind.PlannedWorks, "20.11.2026 18:00"),
            (o.State, o.Kind, o.Clause, o.SourceKind, Domain.Calendar.AstanaTime.Text(o.OldUtc))));
        return [.. orders.Select(o => $"{o.ProcurementNumber} {Domain.Calendar.AstanaTime.Text(o.NewUtc)[11..]}")];
    }
}
