using System.Security.Claims;
using Bunit;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Mail;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.Infrastructure.WorkingGroup;
using GosZakup.Console.Web.Features.Announcements;
using GosZakup.Console.Web.Features.Extensions;
using GosZakup.Console.Web.Features.Incidents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Severity = GosZakup.Console.Domain.Incidents.Severity;

namespace GosZakup.Console.Web.Tests;

/// <summary>R1 §13, R2 §16.6 in the circumstances panel: a Supervisor reads the force-majeure notice and sends it at once.</summary>
public class ForceMajeureNoticePanelTests : ConsoleTestContext
{
    private static readonly DateTime At = new(2026, 11, 20, 7, 0, 0, DateTimeKind.Utc);

    private async Task<IncidentRecord> HighIncidentWithForceMajeureAsync()
    {
        Services.AddAnnouncements().AddSingleton<IncidentNotifier>().AddSingleton<MailOutbox>().AddScoped<ForceMajeureNotices>();
        await using var db = await MigratedDatabaseAsync();
        var incident = new IncidentRecord
        {
            Number = "INC-2026-000077", Year = 2026, Sequence = 77, RegisteredAtUtc = At, RegisteredByName = "operator@test.kz", Severity = Severity.High,
            Status = IncidentStatus.Confirmed, SystemModule = "Аукцион", ForceMajeureFromUtc = At, ForceMajeureToUtc = At.AddHours(6),
            ForceMajeureDescription = "Наводнение в здании центра обработки данных",
        };
        db.AddRange(incident,
            new ObligationRecord
            {
                Code = "force-majeure-notice", Clause = "R1 §13, R2 §16.6", SubjectType = "Incident", SubjectId = incident.Id.ToString(),
                TriggeredAtUtc = At, DueAtUtc = At
            },
            new WorkingGroupMemberRecord { Unit = ContactUnit.OwnerUnit, FullName = "Марина Ли", Email = "m.li@minfin.demo.kz" });
        await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        return incident;
    }

    [Fact]
    public async Task A_Supervisor_reads_what_will_go_out_and_sends_it()
    {
        var incident = await HighIncidentWithForceMajeureAsync();
        var supervisor =
            new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "supervisor@demo.kz"), new Claim(ClaimTypes.Role, "Supervisor")], "test"));

        var panel = Render<ForceMajeureNoticePanel>(p => p.Add(c => c.Incident, incident).Add(c => c.User, supervisor).Add(c => c.CanSend, true));

        panel.WaitForAssertion(() => Assert.Contains("m.li@minfin.demo.kz", panel.Find("[data-testid=force-majeure-notice]").TextContent));
        var text = panel.Find("[data-testid=force-majeure-notice-text]").TextContent;
        Assert.Contains("Наводнение в здании центра обработки данных", text);
        Assert.Contains("модуль «Аукцион»", text);
        Assert.Contains("20.11.2026 18:00 (UTC+5)", text);

        panel.Find("[data-testid=force-majeure-notice-send]").Click();

        panel.WaitForAssertion(() => Assert.Contains("supervisor@demo.kz", panel.Find("[data-testid=force-majeure-notice-sent]").TextContent));
        Assert.Empty(panel.FindAll("[data-testid=force-majeure-notice-send]"));
        await using var db = await MigratedDatabaseAsync();
        Assert.Equal("m.li@minfin.demo.kz", (await db.Set<OutboxMessage>().SingleAsync(Xunit.TestContext.Current.CancellationToken)).To);
    }

    [Fact]
    public async Task Others_see_that_it_is_due_but_no_send_button()
    {
        var incident = await HighIncidentWithForceMajeureAsync();

        var panel = Render<ForceMajeureNoticePanel>(p => p.Add(c => c.Incident, incident).Add(c => c.CanSend, false));

        panel.WaitForAssertion(() => Assert.Contains("Portal Rules §13", panel.Find("[data-testid=force-majeure-notice]").TextContent));
        Assert.Empty(panel.FindAll("[data-testid=force-majeure-notice-send]"));
    }
}
