using GosZakup.Console.Domain.Acts;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Acts;
using GosZakup.Console.Infrastructure.Documents;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.IntegrationTests.Acts;
using GosZakup.Console.IntegrationTests.Incidents;
using GosZakup.Console.Web.Features.Acts.Publication;
using GosZakup.Console.Web.Features.QuarterlyReport;
using GosZakup.Console.Web.Features.SecurityReturns;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.IntegrationTests.QuarterlyReport;

/// <summary>R2 §27 for the fourth quarter of 2026: the scenario's medium, operator-related failure of Friday 20 November,
/// its Act signed at 12:10 and published at 15:00, and the organiser's return of the supplier's 1 480 000 ₸ at 16:00.</summary>
public sealed class QuarterlyReportBuilderTests : IAsyncLifetime
{
    private ActSigningScenario scenario = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => scenario = await StartAsync();

    /// <summary>The Act signed, published and its security returned by the organiser.</summary>
    internal static async Task<ActSigningScenario> StartAsync()
    {
        var scenario = await ActSigningScenario.StartAsync();
        await scenario.SignAsync();
        scenario.Incident.ClockAt("15:00");
        var signed = await scenario.ActAsync();
        Assert.True((await scenario.Get<ActPublishing>().PublishAsync(signed.Id, signed.Version, IncidentScenario.Supervisor, "", Ct)).Succeeded);
        scenario.Incident.ClockAt("16:05");
        await using var db = scenario.Incident.Services.NewDb();
        var security = await db.Set<SecurityReturnRecord>().AsNoTracking().SingleAsync(Ct);
        var returned = await scenario.Get<SecurityReturnCommands>().ConfirmReturnAsync(security.Id, security.Version,
            new ReturnForm { ReturnedAt = IncidentScenario.At("16:00"), Note = "П/п № 4471" }, IncidentScenario.Operator, Ct);
        Assert.True(returned.Succeeded, $"{returned.Refusal}");
        return scenario;
    }

    public async ValueTask DisposeAsync() => await scenario.DisposeAsync();

    [Fact]
    public async Task The_quarter_gives_the_journal_the_failure_its_level_the_Act_and_the_security_totals()
    {
        var report = await scenario.Get<QuarterlyReportBuilder>().BuildAsync(new Quarter(2026, 4), Ct);

        var row = Assert.Single(report.Journal);
        Assert.Equal((scenario.Incident.Number, "ТОО «Ақ Жол»", 1), (row.Number, row.Organisation, report.JournalTotal));
        var incident = Assert.Single(report.Incidents);
        Assert.Equal((Severity.Medium, true, FailureCauseCatalogue.All.First(c => c.IsOperatorRelated).Title.Ru),
            (incident.Level, incident.IsOperatorRelated, incident.CauseRu));
        Assert.Equal([new LevelCount(Severity.Medium, 1)], report.ByLevel);

        var act = Assert.Single(report.Acts);
        Assert.Equal(("2026-001", 1_480_000m), (act.Number, act.Total));
        Assert.Equal(SecurityReturnState.ReturnedByOrganiser, Assert.Single(act.Suppliers).State);
        Assert.Equal((1_480_000m, 1, 1_480_000m, 0),
            (report.Security.InActs, report.Security.ReturnedByOrganisers, report.Security.ReturnedAmount, report.Security.RefundedByOperator));

        // The Act was signed on the day of the confirmation, inside its working day: no breach of R2 §17.
        Assert.Equal((1, 0), Breaches(report, "act"));
        var empty = await scenario.Get<QuarterlyReportBuilder>().BuildAsync(new Quarter(2026, 3), Ct);
        Assert.Equal((0, 0, 0, 0), (empty.Journal.Count, empty.Incidents.Count, empty.Acts.Count, empty.Breaches.Count));
    }

    [Fact]
    public async Task The_prevention_advice_of_the_owner_report_is_in_the_failure_row()
    {
        await using (var db = scenario.Incident.Services.NewDb())
            await db.Set<Infrastructure.Incidents.IncidentRecord>().Where(i => i.Number == scenario.Incident.Number)
                .ExecuteUpdateAsync(i => i.SetProperty(x => x.PreventionKk, "Жүктемені бөлу").SetProperty(x => x.PreventionRu, "Распределить нагрузку"), Ct);

        var report = await scenario.Get<QuarterlyReportBuilder>().BuildAsync(new Quarter(2026, 4), Ct);

        var incident = Assert.Single(report.Incidents);
        Assert.Equal(("Жүктемені бөлу", "Распределить нагрузку"), (incident.PreventionKk, incident.PreventionRu));
    }

    [Fact]
    public async Task A_duty_still_open_past_its_deadline_counts_as_a_breach_of_its_clause()
    {
        var before = await scenario.Get<QuarterlyReportBuilder>().BuildAsync(new Quarter(2026, 4), Ct);
        Assert.Equal((1, 0), Breaches(before, "security-return")); // met by the organiser's return, in time

        scenario.Incident.ClockAt("12:00", day: 30); // Monday 30 November: every deadline of the 20th has passed
        var after = await scenario.Get<QuarterlyReportBuilder>().BuildAsync(new Quarter(2026, 4), Ct);
        await using var check = scenario.Incident.Services.NewDb();
        var open = await check.Obligations.AsNoTracking().Where(o => !o.Waived && o.MetAtUtc == null && o.DueAtUtc != null).Select(o => o.Code).ToListAsync(Ct);
        Assert.NotEmpty(open);
        Assert.All(open.Distinct(), code => Assert.True(Breaches(after, code).Breached >= open.Count(c => c == code)));
    }

    private static (int Due, int Breached) Breaches(QuarterlyReportDocument report, string code) =>
        report.Breaches.Where(b => b.Code == code).Select(b => (b.Due, b.Breached)).SingleOrDefault();
}
