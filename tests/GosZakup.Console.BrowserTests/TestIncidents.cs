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
using static Microsoft.Playwright.Assertions;

namespace GosZakup.Console.BrowserTests;

/// <summary>Incidents a test owns, so tests running side by side never decide one another's; and the decision's R2 §25 step as a person takes it.</summary>
public static class TestIncidents
{
    /// <summary>A fresh appeal naming the procurement, registered and taken for analysis, as the Inbox and a Specialist would.</summary>
    public static async Task<string> UnderAnalysisAsync(ConsoleApp app, string description, string? procurement = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var form = new AppealForm
        {
            Channel = AppealChannel.Phone, ReceivedAt = AstanaTime.FromInstant(now.AddMinutes(-5)).LocalDateTime.ToDateTimeUnspecified(),
            OrganisationName = "ТОО «Ақ Жол»", TaxpayerNumber = "080340000123", ContactEmail = "tender@akzhol.kz",
            Description = description, ProcurementNumbers = procurement,
        };
        var received = await services.GetRequiredService<AppealIntake>().ReceiveAsync(form, TestContext.Current.CancellationToken);
        var registered = await services.GetRequiredService<AppealRegistration>().RegisterAsync(received.AppealId!.Value, form, Person("operator@demo.kz", StaffRole.Operator), TestContext.Current.CancellationToken);
        Assert.True(registered.Succeeded, string.Join("; ", registered.Errors.Values));
        var db = services.GetRequiredService<AppDbContext>();
        var incident = await db.Set<IncidentRecord>().AsNoTracking().SingleAsync(i => i.Number == registered.IncidentNumber, TestContext.Current.CancellationToken);
        var assigned = await services.GetRequiredService<IncidentCommands>().AssignAsync(incident.Id, incident.Version, Person(DemoUsers.Specialist, StaffRole.Specialist), TestContext.Current.CancellationToken);
        Assert.True(assigned.Succeeded, assigned.Refusal);
        return incident.Number;
    }

    /// <summary>R2 §25 in the wizard at medium or high: sends the alert, waits for the step to say it went out, and ticks the
    /// first information-security member as taking part.</summary>
    public static async Task AlertBeforeConfirmingAsync(BrowserSession session)
    {
        await session.ByTestId("confirmation-alert-send").ClickAsync();
        await Expect(session.ByTestId("confirmation-alert-sent")).ToBeVisibleAsync();
        await session.ByTestId("security-participant").First.ClickAsync();
    }

    private static ClaimsPrincipal Person(string name, string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "browser-" + role), new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)], "test"));
}
