using GosZakup.Console.Domain.Acts;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Acts;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.IntegrationTests.Extensions;
using GosZakup.Console.IntegrationTests.Incidents;
using GosZakup.Console.Web.Features.Acts;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.IntegrationTests.Acts;

/// <summary>R2 §17 up to the Supervisor: the scenario's failure (appeal at 12:05 naming 15423871-1, lot 2) confirmed medium at
/// 12:10 Astana on Friday 20 November with the fix planned at 15:30, then classified as operator-related.</summary>
public sealed class ActDraftingTests : IAsyncLifetime
{
    private static readonly string OperatorCause = FailureCauseCatalogue.All.First(c => c.IsOperatorRelated).Code;
    private IncidentScenario scenario = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ActDrafting Drafting => scenario.Services.Get<ActDrafting>();

    public async ValueTask InitializeAsync()
    {
        scenario = await IncidentScenario.StartAsync();
        await using (var db = scenario.Services.NewDb())
            await ExtensionProcurements.SeedAsync(db, 1, "Запрос ценовых предложений");
        await scenario.Must((c, i) => c.AssignAsync(i.Id, i.Version, IncidentScenario.Specialist, Ct));
        await scenario.AlertAsync(Severity.Medium);
        await scenario.Must((c, i) => c.ConfirmAsync(i.Id, i.Version, scenario.Decision(Severity.Medium), IncidentScenario.Specialist, Ct));
    }

    public async ValueTask DisposeAsync() => await scenario.DisposeAsync();

    [Fact]
    public async Task An_Act_is_drafted_only_from_a_classified_failure_and_prefilled_from_it()
    {
        var incident = await scenario.IncidentAsync();
        Assert.False((await Drafting.DraftFromIncidentAsync(incident.Id, IncidentScenario.Operator, Ct)).Succeeded); // not classified yet
        await ClassifyAsync();

        Assert.False((await Drafting.DraftFromIncidentAsync(incident.Id, IncidentScenario.Specialist, Ct)).Succeeded); // an Operator drafts
        var drafted = await Drafting.DraftFromIncidentAsync(incident.Id, IncidentScenario.Operator, Ct);

        Assert.Equal("2026-001", drafted.Value);
        var act = await ActAsync(drafted.Value!);
        Assert.Equal((ActState.Draft, "20.11.2026 12:05", "20.11.2026 15:30", "Запрос ценовых предложений", "15423871-1", "2", true, Severity.Medium),
            (act.State, AstanaTime.Text(act.FailureFromUtc), AstanaTime.Text(act.FailureToUtc), act.SystemModule, act.ProcurementNumbers, act.LotNumbers,
                act.IsOperatorRelated, act.Severity));
        Assert.Equal(FailureCauseCatalogue.Find(OperatorCause)!.Title.Ru, act.CauseRu);
        var supplier = Assert.Single(act.Suppliers);
        Assert.Equal(("ТОО «Ақ Жол»", "080340000123", "15423871-1"), (supplier.Name, supplier.TaxpayerNumber, supplier.ProcurementNumber));
        Assert.Equal("2026-002", (await Drafting.DraftFromIncidentAsync(incident.Id, IncidentScenario.Operator, Ct)).Value); // one series, no gap
    }

    [Fact]
    public async Task Drafting_starts_the_R2_17_duties_counted_from_the_confirmation()
    {
        await ClassifyAsync();
        scenario.ClockAt("16:40"); // drafted hours later: the clocks still run from the confirmation
        await Drafting.DraftFromIncidentAsync((await scenario.IncidentAsync()).Id, IncidentScenario.Operator, Ct);
        await Drafting.DraftFromIncidentAsync((await scenario.IncidentAsync()).Id, IncidentScenario.Operator, Ct); // a second Act adds no second duty

        var duties = (await scenario.DutiesAsync()).Where(d => d.Code is "act" or "act-publish").OrderBy(d => d.DueAtUtc).ToList();
        Assert.Equal(["act", "act-publish"], duties.Select(d => d.Code));
        Assert.All(duties, d => Assert.Equal(IncidentScenario.Utc("12:10"), d.TriggeredAtUtc));
        Assert.True(duties[0].DueAtUtc < duties[1].DueAtUtc);
    }

    [Fact]
    public async Task The_Operator_completes_and_submits_the_Supervisor_returns_it_with_comments()
    {
        await ClassifyAsync();
        var number = (await Drafting.DraftFromIncidentAsync((await scenario.IncidentAsync()).Id, IncidentScenario.Operator, Ct)).Value!;
        var act = await ActAsync(number);
        var form = ActDrafting.FormOf(act);

        form.Suppliers.Clear();
        Assert.Contains("Suppliers", (await Drafting.SubmitAsync(act.Id, act.Version, form, IncidentScenario.Operator, Ct)).FieldErrors.Keys);
        form.Suppliers.Add(new ActSupplierForm { Name = "ТОО «Сарыарқа»", TaxpayerNumber = "123456789012", ProcurementNumber = "15423871-1", LotNumber = "2" });
        form.CauseRu = "<script>x</script>";
        var refused = await Drafting.SubmitAsync(act.Id, act.Version, form, IncidentScenario.Operator, Ct);
        Assert.Contains("Suppliers[0].TaxpayerNumber", refused.FieldErrors.Keys);
        Assert.Contains("CauseRu", refused.FieldErrors.Keys);
        Assert.Equal(ActState.Draft, (await ActAsync(number)).State); // nothing half-saved

        (form.Suppliers[0].TaxpayerNumber, form.CauseRu) = ("080340000123", "Ошибка конфигурации балансировщика");
        Assert.True((await Drafting.SubmitAsync(act.Id, act.Version, form, IncidentScenario.Operator, Ct)).Succeeded);
        Assert.False((await Drafting.SubmitAsync(act.Id, act.Version, form, IncidentScenario.Operator, Ct)).Succeeded); // stale page

        act = await ActAsync(number);
        Assert.Equal((ActState.Submitted, "Ошибка конфигурации балансировщика", "2"), (act.State, act.CauseRu, act.Suppliers.Single().LotNumber));
        Assert.False((await Drafting.ReturnAsync(act.Id, act.Version, "Уточните лот", IncidentScenario.Operator, Ct)).Succeeded);
        Assert.Contains("ReturnComment", (await Drafting.ReturnAsync(act.Id, act.Version, " ", IncidentScenario.Supervisor, Ct)).FieldErrors.Keys);
        Assert.True((await Drafting.ReturnAsync(act.Id, act.Version, "Уточните лот", IncidentScenario.Supervisor, Ct)).Succeeded);
        Assert.Equal((ActState.Returned, "Уточните лот"), ((await ActAsync(number)).State, (await ActAsync(number)).ReturnComment));
    }

    private async Task ClassifyAsync() =>
        await scenario.Must((c, i) =>
            c.ClassifyAsync(i.Id, i.Version, new Web.Features.Incidents.DecisionForm { CauseCode = OperatorCause }, IncidentScenario.Specialist, Ct));

    private async Task<ActRecord> ActAsync(string number)
    {
        await using var db = scenario.Services.NewDb();
        return await db.Set<ActRecord>().AsNoTracking().Include(a => a.Suppliers).SingleAsync(a => a.Number == number, Ct);
    }
}
