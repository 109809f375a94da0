using System.Security.Claims;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Inbox;
using GosZakup.Console.Web.Features.Incidents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
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
            Channel = AppealChannel.Phone, ReceivedAt = AstanaTime.ToWallClock(now.AddMinutes(-5)),
            OrganisationName = "ТОО «Ақ Жол»", TaxpayerNumber = "080340000123", ContactEmail = "tender@akzhol.kz",
            Description = description, ProcurementNumbers = procurement,
        };
        var received = await services.GetRequiredService<AppealIntake>().ReceiveAsync(form, TestContext.Current.CancellationToken);
        var registered = await services.GetRequiredService<AppealRegistration>()
            .RegisterAsync(received.Value!.AppealId, form, Person("operator@demo.kz", StaffRole.Operator), TestContext.Current.CancellationToken);
        Assert.True(registered.Succeeded, string.Join("; ", registered.FieldErrors.Keys) + registered.Refusal);
        var db = services.GetRequiredService<AppDbContext>();
        var incident =
            await db.Set<IncidentRecord>().AsNoTracking().SingleAsync(i => i.Number == registered.Value!.IncidentNumber, TestContext.Current.CancellationToken);
        var assigned = await services.GetRequiredService<IncidentCommands>()
            .AssignAsync(incident.Id, incident.Version, Person(DemoUsers.Specialist, StaffRole.Specialist), TestContext.Current.CancellationToken);
        Assert.True(assigned.Succeeded, $"{assigned.Refusal} {assigned.Reason?.Key}");
        return incident.Number;
    }

    /// <summary>A fresh failure (of <paramref name="procurement"/>, if named) confirmed at medium in <paramref name="module"/> with
    /// its cause, after the R2 §25 alert, as the Specialist would confirm it. A procurement still taking applications would
    /// get extension orders awaiting a Supervisor (R2 §15.4): name one only when the test is about them.</summary>
    public static async Task<string> ConfirmedMediumAsync(ConsoleApp app, string description, string? procurement, string module, FailureCause cause)
    {
        var number = await UnderAnalysisAsync(app, description, procurement);
        await StepAsync(app, number, (commands, i, specialist, ct) => commands.SendConfirmationAlertAsync(i.Id, i.Version, Severity.Medium, specialist, ct));
        await StepAsync(app, number, (commands, i, specialist, ct) => commands.ConfirmAsync(i.Id, i.Version, new DecisionForm
        {
            ReproductionSteps = "Вход тестовым поставщиком, подача заявки.", ReproductionResult = "Ошибка воспроизведена.",
            AllUsersBlocked = false, AffectedParticipantsCouldNotTakePart = true, SystemModule = module, CauseCode = cause.Code,
            PlannedFixAt = AstanaTime.ToWallClock(Now(app).AddHours(3)), NoSecurityMemberTookPart = true,
        }, specialist, ct));
        return number;
    }

    /// <summary>As <see cref="ConfirmedMediumAsync"/>, and the Specialist has started the fix.</summary>
    public static async Task<string> FixingAsync(ConsoleApp app, string description, string? procurement, string module, FailureCause cause)
    {
        var number = await ConfirmedMediumAsync(app, description, procurement, module, cause);
        await StepAsync(app, number, (commands, i, specialist, ct) => commands.StartFixAsync(i.Id, i.Version, specialist, ct));
        return number;
    }

    /// <summary>As <see cref="FixingAsync"/>, and the fix recorded five minutes ago: at medium, its report to the Owner is owed (R2 §15.9).</summary>
    public static async Task<string> FixedAsync(ConsoleApp app, string description, string? procurement, string module, FailureCause cause)
    {
        var number = await FixingAsync(app, description, procurement, module, cause);
        var fixedAt = AstanaTime.ToWallClock(Now(app).AddMinutes(-5));
        await StepAsync(app, number,
            (commands, i, specialist, ct) =>
                commands.RecordFixAsync(i.Id, i.Version, fixedAt, "Сервис перезапущен, фильтрация трафика включена.", specialist, ct));
        return number;
    }

    /// <summary>The demo Working Group's information-security member whom the wizard tests tick (assets/demo/working-group.json).
    /// Ticked by name: another test adds members to the directory meanwhile.</summary>
    public const string SecurityMember = "Нұрланова";

    /// <summary>R2 §25 in the wizard at medium or high: sends the alert, waits for the step to say it went out, and ticks the
    /// demo's information-security member as taking part.</summary>
    public static async Task AlertBeforeConfirmingAsync(BrowserSession session)
    {
        await session.ByTestId("confirmation-alert-send").ClickAsync();
        await Expect(session.ByTestId("confirmation-alert-sent")).ToBeVisibleAsync();
        await session.ByTestId("security-participants").GetByRole(AriaRole.Checkbox, new() { Name = SecurityMember }).CheckAsync();
    }

    /// <summary>One command on the incident as the demo Specialist, on its current version.</summary>
    private static async Task StepAsync(ConsoleApp app, string number,
        Func<IncidentCommands, IncidentRecord, ClaimsPrincipal, CancellationToken, Task<CommandResult>> step)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var ct = TestContext.Current.CancellationToken;
        var incident = await services.GetRequiredService<AppDbContext>().Set<IncidentRecord>().AsNoTracking().SingleAsync(i => i.Number == number, ct);
        var result = await step(services.GetRequiredService<IncidentCommands>(), incident, Person(DemoUsers.Specialist, StaffRole.Specialist), ct);
        Assert.True(result.Succeeded, $"{result.Refusal} {result.Reason?.Key} {string.Join("; ", result.FieldErrors.Keys)}");
    }

    private static DateTimeOffset Now(ConsoleApp app) => app.Services.GetRequiredService<TimeProvider>().GetUtcNow();

    private static ClaimsPrincipal Person(string name, string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "browser-" + role), new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)],
            "test"));
}
