using Bunit;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Infrastructure.Documents;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.Web.Features.Incidents;
using GosZakup.Console.Web.Features.OwnerReports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Severity = GosZakup.Console.Domain.Incidents.Severity;

namespace GosZakup.Console.Web.Tests;

/// <summary>The report to the Owner (R2 §15.9) on a medium failure fixed Friday 20 November 2026 at 11:50 Astana, with its
/// <c>owner-report</c> duty open: the facts for everyone, the advice and the sending for a Supervisor only.</summary>
public class OwnerReportPanelTests : ConsoleTestContext
{
    private static readonly DateTime FixedAt = new(2026, 11, 20, 6, 50, 0, DateTimeKind.Utc);

    private async Task<(IRenderedComponent<OwnerReportPanel> Cut, Guid Id)> RenderAsync(string role, Severity level = Severity.Medium)
    {
        AddAuthorization().SetAuthorized($"{role.ToLowerInvariant()}@test.kz").SetRoles(role);
        Services.AddSingleton<IncidentNotifier>().AddSingleton(new SingleOperator()).AddOwnerReports();
        var ct = Xunit.TestContext.Current.CancellationToken;
        await using var db = await MigratedDatabaseAsync();
        var incident = new IncidentRecord
        {
            Number = "INC-2026-000042", Year = 2026, Sequence = 42, RegisteredAtUtc = FixedAt.AddHours(-3), RegisteredByName = "operator@test.kz",
            Status = IncidentStatus.Fixed, Severity = level, SystemModule = "Электронный магазин", CauseCode = FailureCauseCatalogue.ExternalAttack.Code,
            IsOperatorRelated = false, FixedAtUtc = FixedAt, FixMeasures = "Включена фильтрация трафика у провайдера.",
        };
        db.AddRange(incident, new ObligationRecord
        {
            Code = "owner-report", Clause = "R2 §15.9", SubjectType = "Incident", SubjectId = incident.Id.ToString(), Trigger = ObligationTrigger.Fixed,
            TriggeredAtUtc = FixedAt, CalendarVersion = "test",
        });
        await db.SaveChangesAsync(ct);
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
        return (Render<OwnerReportPanel>(p => p.Add(c => c.Incident, incident)), incident.Id);
    }

    [Fact]
    public async Task Others_see_the_facts_read_only()
    {
        var (cut, _) = await RenderAsync("Operator");

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=owner-report]")));
        Assert.Equal("medium", cut.Find("[data-testid=owner-report-level]").TextContent.Trim());
        Assert.Contains("from 20.11.2026 08:50 (UTC+5) to 20.11.2026 11:50 (UTC+5)", cut.Find("[data-testid=owner-report-period]").TextContent,
            StringComparison.Ordinal);
        Assert.Contains(FailureCauseCatalogue.ExternalAttack.Title.Kk, cut.Find("[data-testid=owner-report-cause]").TextContent, StringComparison.Ordinal);
        Assert.Contains(FailureCauseCatalogue.ExternalAttack.Title.Ru, cut.Find("[data-testid=owner-report-cause]").TextContent, StringComparison.Ordinal);
        Assert.Equal("Включена фильтрация трафика у провайдера.", cut.Find("[data-testid=owner-report-measures]").TextContent);
        Assert.Contains("None", cut.Find("[data-testid=owner-report-deadlines]").TextContent, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("[data-testid=owner-report-readonly]"));
        Assert.Empty(cut.FindAll("textarea"));
        Assert.Empty(cut.FindAll("[data-testid=owner-report-send]"));
    }

    [Fact]
    public async Task A_Supervisor_is_told_what_is_missing_then_sends_and_the_advice_turns_read_only()
    {
        var (cut, id) = await RenderAsync("Supervisor");
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=owner-report-send]")));

        cut.Find("[data-testid=owner-report-send]").Click();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.Markup.Split("Write the prevention advice.").Length - 1));
        Assert.Null(await SentAtAsync(id));

        cut.Find("textarea[data-testid=owner-report-kk]").Change("Провайдермен сүзгілеу туралы келісім жасау.");
        cut.Find("textarea[data-testid=owner-report-ru]").Change("Заключить с провайдером договор о фильтрации трафика.");
        cut.Find("[data-testid=owner-report-send]").Click();

        cut.WaitForAssertion(() => Assert.Contains("supervisor@test.kz", cut.Find("[data-testid=owner-report-sent]").TextContent, StringComparison.Ordinal));
        Assert.Contains("20.11.2026 12:10 (UTC+5)", cut.Find("[data-testid=owner-report-sent]").TextContent, StringComparison.Ordinal);
        Assert.Equal("/incidents/INC-2026-000042/owner-report.pdf", cut.Find("[data-testid=owner-report-download]").GetAttribute("href"));
        Assert.Contains("Провайдермен сүзгілеу туралы келісім жасау.", cut.Find("[data-testid=owner-report-prevention-kk]").TextContent,
            StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("textarea"));
        Assert.Equal(new DateTime(2026, 11, 20, 7, 10, 0, DateTimeKind.Utc), await SentAtAsync(id));
    }

    [Fact]
    public async Task A_low_failure_owes_no_report_and_shows_no_panel()
    {
        var (cut, _) = await RenderAsync("Supervisor", Severity.Low);

        var view = await Services.GetRequiredService<OwnerReportQuery>().LoadAsync("INC-2026-000042", Xunit.TestContext.Current.CancellationToken);
        Assert.Equal((true, false), (view!.DutyOpen, view.Applies));
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=owner-report]")));
    }

    private async Task<DateTime?> SentAtAsync(Guid id)
    {
        await using var db = await MigratedDatabaseAsync();
        return await db.Set<IncidentRecord>().Where(i => i.Id == id).Select(i => i.OwnerReportSentAtUtc)
            .SingleAsync(Xunit.TestContext.Current.CancellationToken);
    }
}
