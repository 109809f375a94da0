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

/// <summary>R2 §16 in the browser: a Specialist confirms a high failure of the "Из одного источника" module, sees the
/// deadlines it will move and then the proposed extensions; a Supervisor approves them; the job applies and publishes
/// them, and they show on the procurement's page and in the public announcement.</summary>
public sealed class ExtensionTests(ConsoleApp app, Chromium chromium)
{
    private const string Module = "Из одного источника";
    private const string Procurement = "15433415-1"; // a demo procurement of the module, accepting applications today

    [Fact]
    public async Task A_high_failure_s_extensions_are_proposed_approved_and_seen_on_the_procurement_and_the_announcement()
    {
        var number = await IncidentUnderAnalysisAsync();

        await using (var specialist = await BrowserSession.OpenAsync(app, chromium))
        {
            await specialist.SignInAsync(DemoUsers.Specialist);
            await specialist.Page.GotoAsync($"/incidents/{number}");
            await specialist.WaitForCircuitAsync();
            await specialist.ByTestId("incident-Confirm").ClickAsync();
            await specialist.Field("decision-result").FillAsync("Модуль «Из одного источника» не открывается ни у одного пользователя.");
            await specialist.ByTestId("wizard-q1").Locator("input[type=radio]").Nth(0).CheckAsync();
            await specialist.Field("decision-module").FillAsync(Module);
            await specialist.Field("decision-module").PressAsync("Tab");
            await Expect(specialist.ByTestId("wizard-extension-list")).ToContainTextAsync(Procurement);
            await specialist.ByTestId("decision-save").ClickAsync();

            await Expect(specialist.ByTestId("incident-level")).ToHaveAttributeAsync("data-level", "High");
            var row = specialist.ByTestId("extension-row").Filter(new() { HasText = Procurement });
            await Expect(row).ToContainTextAsync("R2 §16.4", new() { Timeout = 20_000 });
            await Expect(specialist.ByTestId("extensions-awaiting")).ToBeVisibleAsync();
            await Expect(specialist.ByTestId("extensions-approve")).ToHaveCountAsync(0); // a Specialist does not approve
        }

        await using var supervisor = await BrowserSession.OpenAsync(app, chromium);
        await supervisor.SignInAsync(DemoUsers.Supervisor);
        await supervisor.Page.GotoAsync($"/incidents/{number}");
        await supervisor.WaitForCircuitAsync();
        await supervisor.ByTestId("extensions-panel").ScrollIntoViewIfNeededAsync();
        await supervisor.ScreenshotAsync("incident-extensions");
        await supervisor.ByTestId("extensions-approve").ClickAsync();
        await Expect(supervisor.ByTestId("extension-row").Filter(new() { HasText = Procurement })).ToContainTextAsync(Published(), new() { Timeout = 20_000 });

        await supervisor.Page.GotoAsync($"/procurements/{Procurement}");
        await supervisor.WaitForCircuitAsync();
        var extension = supervisor.ByTestId("procurement-extension-row");
        await Expect(extension.First).ToContainTextAsync(number);
        await Expect(extension.First).ToContainTextAsync("R2 §16.4");
        await supervisor.ByTestId("procurement-extensions").ScrollIntoViewIfNeededAsync();
        await supervisor.ScreenshotAsync("procurement-extensions");

        await supervisor.Page.GotoAsync("/announcements");
        await Expect(supervisor.Page.GetByText($"Продление сроков закупок: {number}").First).ToBeVisibleAsync();
        await Expect(supervisor.Page.GetByText(Procurement).First).ToBeVisibleAsync();
    }

    /// <summary>"Published" as the supervisor's UI language shows it.</summary>
    private static System.Text.RegularExpressions.Regex Published() => new("Published|Опубликовано|Жарияланды");

    /// <summary>A fresh appeal naming the procurement, registered and taken for analysis, as the Inbox and a Specialist would.</summary>
    private async Task<string> IncidentUnderAnalysisAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var form = new AppealForm
        {
            Channel = AppealChannel.Phone, ReceivedAt = AstanaTime.FromInstant(now.AddMinutes(-5)).LocalDateTime.ToDateTimeUnspecified(),
            OrganisationName = "ТОО «Ақ Жол»", TaxpayerNumber = "080340000123", ContactEmail = "tender@akzhol.kz",
            Description = "Не открывается закупка из одного источника.", ProcurementNumbers = Procurement,
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

    private static ClaimsPrincipal Person(string name, string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "browser-" + role), new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)], "test"));
}
