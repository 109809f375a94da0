using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Extensions;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Extensions;
using GosZakup.Console.IntegrationTests.Incidents;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Extensions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.IntegrationTests.Extensions;

/// <summary>R2 §16.6 and R1 §13-§14 on the scenario's high failure of the price-quotation module (confirmed Friday 20 November
/// 12:10 Astana): 4 procurements of the module and 3 of "Конкурс", all accepting until 20 November 18:00.</summary>
public sealed class CircumstanceTests : IAsyncLifetime
{
    private IncidentScenario scenario = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        scenario = await IncidentScenario.StartAsync();
        await using (var db = scenario.Services.NewDb())
        {
            await ExtensionProcurements.SeedAsync(db, 4, "Запрос ценовых предложений");
            await ExtensionProcurements.SeedAsync(db, 3, "Конкурс", TradeMethod.OpenTender, first: 16000000);
        }
        await scenario.Must((c, i) => c.AssignAsync(i.Id, i.Version, IncidentScenario.Specialist, Ct));
        await scenario.AlertAsync(Severity.High);
        await scenario.Must((c, i) => c.ConfirmAsync(i.Id, i.Version, scenario.Decision(Severity.High), IncidentScenario.Specialist, Ct));
    }

    public async ValueTask DisposeAsync() => await scenario.DisposeAsync();

    [Fact]
    public async Task A_confirmed_regional_loss_of_more_than_a_day_moves_every_procurement_of_the_portal_by_one_working_day()
    {
        await RecordLossAsync(confirmation: null);
        Assert.Empty(await OrdersAsync(ExtensionSourceKind.RegionalInternetLoss)); // nothing without the confirmation

        await RecordLossAsync(confirmation: "Письмо АО «Казахтелеком» № 12-3/456");

        var orders = await OrdersAsync(ExtensionSourceKind.RegionalInternetLoss);
        Assert.Equal(7, orders.Count); // the other module's procurements too
        Assert.Contains(orders, o => o.ProcurementNumber == "16000000-1");
        Assert.All(orders,
            o => Assert.Equal(("R2 §16.6", "20.11.2026 18:00", "23.11.2026 18:00"), (o.Clause, AstanaTime.Text(o.OldUtc), AstanaTime.Text(o.NewUtc))));
        // The failure's own R2 §16.4 orders (18:00 + 3 h 25 min) still move the module's deadlines: the later one wins.
        var module = await OrdersAsync(ExtensionSourceKind.Failure);
        Assert.All(module, o => Assert.Equal(ExtensionOrderState.Superseded, o.State));
        Assert.Equal(4, module.Count);
    }

    [Fact]
    public async Task Force_majeure_moves_by_its_days_only_with_the_Owner_s_agreement_and_reaches_the_whole_portal_when_recorded_so()
    {
        var form =
            new ForceMajeureForm { From = IncidentScenario.At("08:00"), To = IncidentScenario.At("11:00"), Description = "Пожар в центре обработки данных" };
        await MustAsync(c => c.RecordForceMajeureAsync(IdOf(), VersionOf(), form, IncidentScenario.Supervisor, Ct));
        Assert.Empty(await OrdersAsync(ExtensionSourceKind.ForceMajeure));

        (form.AgreementBy, form.AgreementReference, form.AgreementAt) = ("Д. Ахметов, Минфин РК", "Письмо № 01-02/345", IncidentScenario.At("12:00"));
        await MustAsync(c => c.RecordForceMajeureAsync(IdOf(), VersionOf(), form, IncidentScenario.Supervisor, Ct));
        var inModule = await OrdersAsync(ExtensionSourceKind.ForceMajeure);
        Assert.Equal(4, inModule.Count);
        Assert.All(inModule, o => Assert.Equal(("R1 §14", "21.11.2026 18:00", ApprovalKind.OwnerAgreement, "Д. Ахметов, Минфин РК", "Письмо № 01-02/345"),
            (o.Clause, AstanaTime.Text(o.NewUtc), o.OverrideKind, o.OverrideByName, o.OverrideReason)));

        form.WholePortal = true;
        await MustAsync(c => c.RecordForceMajeureAsync(IdOf(), VersionOf(), form, IncidentScenario.Supervisor, Ct));
        Assert.Equal(7, (await OrdersAsync(ExtensionSourceKind.ForceMajeure)).Count);
    }

    [Fact]
    public async Task Bad_or_unauthorised_records_are_refused_and_change_nothing()
    {
        var circumstances = scenario.Services.Get<IncidentCircumstances>();
        var incident = await scenario.IncidentAsync();
        var loss = new RegionalLossForm { Region = "Жетісу облысы", From = IncidentScenario.At("11:00"), To = IncidentScenario.At("10:00") };

        Assert.Contains("To",
            (await circumstances.RecordRegionalLossAsync(incident.Id, incident.Version, loss, IncidentScenario.Supervisor, Ct)).FieldErrors.Keys);
        loss.To = IncidentScenario.At("12:00");
        Assert.False((await circumstances.RecordRegionalLossAsync(incident.Id, incident.Version, loss, IncidentScenario.Specialist, Ct)).Succeeded);
        Assert.False((await circumstances.RecordRegionalLossAsync(incident.Id, Guid.NewGuid(), loss, IncidentScenario.Supervisor, Ct)).Succeeded);
        var halfAgreed =
            new ForceMajeureForm { From = IncidentScenario.At("08:00"), To = IncidentScenario.At("11:00"), Description = "Пожар", AgreementBy = "Д. Ахметов" };
        Assert.Contains("AgreementReference",
            (await circumstances.RecordForceMajeureAsync(incident.Id, incident.Version, halfAgreed, IncidentScenario.Supervisor, Ct)).FieldErrors.Keys);

        var after = await scenario.IncidentAsync();
        Assert.Equal((incident.Version, (string?)null, (DateTime?)null), (after.Version, after.RegionalLossRegion, after.ForceMajeureFromUtc));
    }

    private async Task RecordLossAsync(string? confirmation)
    {
        var form = new RegionalLossForm
        {
            Region = "Жетісу облысы", From = IncidentScenario.At("09:00", day: 19), To = IncidentScenario.At("12:00"), Confirmation = confirmation,
        };
        await MustAsync(c => c.RecordRegionalLossAsync(IdOf(), VersionOf(), form, IncidentScenario.Supervisor, Ct));
    }

    private Guid IdOf() => scenario.IncidentAsync().GetAwaiter().GetResult().Id;

    private Guid VersionOf() => scenario.IncidentAsync().GetAwaiter().GetResult().Version;

    private async Task MustAsync(Func<IncidentCircumstances, Task<CommandResult>> record)
    {
        var result = await record(scenario.Services.Get<IncidentCircumstances>());
        Assert.True(result.Succeeded, $"{result.Refusal} {result.Reason?.Key} {string.Join("; ", result.FieldErrors.Select(e => $"{e.Key}: {e.Value.Key}"))}");
        await using var scope = scenario.Services.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ExtensionJob>().RunForIncidentAsync(scenario.Number, Ct);
    }

    private async Task<List<ExtensionOrderRecord>> OrdersAsync(ExtensionSourceKind kind)
    {
        await using var db = scenario.Services.NewDb();
        return await db.Set<ExtensionOrderRecord>().AsNoTracking().Where(o => o.SourceKind == kind).ToListAsync(Ct);
    }
}
