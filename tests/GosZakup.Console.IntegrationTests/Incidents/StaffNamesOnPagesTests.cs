using System.Security.Claims;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Features.Inbox;
using GosZakup.Console.Web.Features.Incidents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.IntegrationTests.Incidents;

/// <summary>Issue 16 §5: the pages name people by full name in the reader's language, never by login. The test reads an
/// incident of its own, registered by the demo operator and taken by the demo specialist as they would, signed in: the demo's
/// incidents are not for it, since the reminder job of this shared host mails their overdue duties to every operator and
/// supervisor, and a mail's line on the timeline shows its recipient's address.</summary>
public sealed class StaffNamesOnPagesTests(ConsoleFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_Kazakh_operator_reads_the_assignee_the_registrar_and_the_timeline_by_Kazakh_full_names()
    {
        var number = await RegisteredAndTakenAsync();
        var client = await SignIn.AsAsync(factory, "operator@demo.kz"); // Kazakh is this user's language

        var list = await client.GetStringAsync("/incidents", Ct);
        var row = list.Split("<tr").Single(r => r.Contains(number, StringComparison.Ordinal));
        Assert.Contains("Жақсыбеков Ерлан Серікұлы", row);
        Assert.DoesNotContain("specialist@demo.kz", list);

        var page = await client.GetStringAsync($"/incidents/{number}", Ct);
        Assert.Contains("Нұрланқызы Айгерім", page); // registered by the operator
        Assert.Contains("Жақсыбеков Ерлан Серікұлы", page); // assignee and timeline actor
        var at = page.IndexOf("operator@demo.kz", StringComparison.Ordinal);
        Assert.True(at < 0, at < 0 ? "" : page[Math.Max(0, at - 1500)..(at + 50)]); // staff logins never show; on failure, the markup before it says where
        Assert.DoesNotContain("specialist@demo.kz", page);
        Assert.DoesNotContain("Уровень", page);
    }

    /// <summary>A fresh appeal registered by the demo operator and assigned to the demo specialist, each acting as the console
    /// knows them once signed in (their user id and login).</summary>
    private async Task<string> RegisteredAndTakenAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        async Task<ClaimsPrincipal> Person(string login, string role)
        {
            var id = await db.Users.AsNoTracking().Where(u => u.UserName == login).Select(u => u.Id).SingleAsync(Ct);
            return new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id), new Claim(ClaimTypes.Name, login), new Claim(ClaimTypes.Role, role)],
                "test"));
        }

        var form = new AppealForm
        {
            Channel = AppealChannel.Phone, ReceivedAt = AstanaTime.ToWallClock(DateTimeOffset.UtcNow.AddMinutes(-5)),
            OrganisationName = "ТОО «Ақ Жол»", ContactPhone = "+7 701 234 56 78", Description = "Не открывается кабинет " + Guid.NewGuid().ToString("N"),
        };
        var received = await services.GetRequiredService<AppealIntake>().ReceiveAsync(form, Ct);
        var registered = await services.GetRequiredService<AppealRegistration>()
            .RegisterAsync(received.Value!.AppealId, form, await Person("operator@demo.kz", StaffRole.Operator), Ct);
        Assert.True(registered.Succeeded, $"{registered.Refusal}");
        var incident = await db.Set<IncidentRecord>().AsNoTracking().SingleAsync(i => i.Number == registered.Value!.IncidentNumber, Ct);
        var assigned = await services.GetRequiredService<IncidentCommands>()
            .AssignAsync(incident.Id, incident.Version, await Person("specialist@demo.kz", StaffRole.Specialist), Ct);
        Assert.True(assigned.Succeeded, $"{assigned.Refusal} {assigned.Reason?.Key}");
        return incident.Number;
    }
}
