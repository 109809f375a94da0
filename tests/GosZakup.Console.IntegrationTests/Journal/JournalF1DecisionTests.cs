using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Documents;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.IntegrationTests.Incidents;
using GosZakup.Console.Web.Features.Journal;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.IntegrationTests.Journal;

/// <summary>Form F1's last four columns come from the incident: confirmed or not, when, the decision and the measures —
/// and a confirmed failure stays "confirmed" while it is fixed and closed.</summary>
public sealed class JournalF1DecisionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_fixed_failure_fills_the_confirmation_the_decision_and_the_measures()
    {
        await using var s = await IncidentScenario.StartAsync();
        var journal = new JournalQuery(s.Services.Get<IDbContextFactory<AppDbContext>>());
        Assert.Equal(("—", "", "", ""), Tail(await RowAsync(journal))); // registered: neither yet

        await s.Must((c, i) => c.AssignAsync(i.Id, i.Version, IncidentScenario.Specialist, Ct));
        await s.AlertAsync(Severity.Medium);
        await s.Must((c, i) => c.ConfirmAsync(i.Id, i.Version, s.Decision(Severity.Medium), IncidentScenario.Specialist, Ct));
        await s.Must((c, i) => c.StartFixAsync(i.Id, i.Version, IncidentScenario.Specialist, Ct));
        s.ClockAt("16:00");
        await s.Must((c, i) =>
            c.RecordFixAsync(i.Id, i.Version, IncidentScenario.At("15:55"), "Перезапущен сервис ценовых предложений.", IncidentScenario.Specialist, Ct));

        Assert.Equal((F1Form.Confirmed.Both, "20.11.2026 12:10", "Ошибка 503 воспроизведена.", "Перезапущен сервис ценовых предложений."),
            Tail(await RowAsync(journal)));
    }

    private static async Task<F1Row> RowAsync(JournalQuery journal) =>
        JournalExport.ToF1(Assert.Single((await journal.AllAsync(new JournalFilter(), 10, Ct)).Rows));

    private static (string, string, string, string) Tail(F1Row row) => (row.Confirmation, row.ConfirmedAt, row.Decision, row.Measures);
}
