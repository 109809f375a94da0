using Bunit;
using GosZakup.Console.Domain.Acts;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Infrastructure.Acts;
using GosZakup.Console.Infrastructure.Calendar;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.Web.Features.Incidents;
using GosZakup.Console.Web.Features.SecurityReturns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Severity = GosZakup.Console.Domain.Incidents.Severity;

namespace GosZakup.Console.Web.Tests;

/// <summary>The R2 §18-§20 panel of an operator-related Act published Friday 20 November 2026 at 12:10 Astana (the pinned clock):
/// one security awaiting the organiser, one whose F3 letter arrived.</summary>
public class SecurityReturnsPanelTests : ConsoleTestContext
{
    private static readonly DateTime Published = new(2026, 11, 20, 7, 10, 0, DateTimeKind.Utc);

    private async Task<IRenderedComponent<SecurityReturnsPanel>> RenderAsync(string role)
    {
        AddAuthorization().SetAuthorized($"{role.ToLowerInvariant()}@test.kz").SetRoles(role);
        Services.AddSingleton<IncidentNotifier>().AddSingleton<CalendarStore>().AddSingleton(ObligationSettings.Default).AddSecurityReturns();
        var ct = Xunit.TestContext.Current.CancellationToken;
        await using var db = await MigratedDatabaseAsync();
        var incident = new IncidentRecord
        {
            Number = "INC-2026-000042", Year = 2026, Sequence = 42, RegisteredAtUtc = Published.AddHours(-3), RegisteredByName = "operator@test.kz"
        };
        var act = new ActRecord
        {
            Number = "2026-001", Year = 2026, Sequence = 1, IncidentId = incident.Id, State = ActState.Signed, IsOperatorRelated = true,
            Severity = Severity.Medium, FailureFromUtc = Published.AddHours(-3), FailureToUtc = Published.AddHours(-1), CreatedAtUtc = Published.AddHours(-2),
            PublishedAtUtc = Published,
        };
        var awaiting = new ActSupplierRecord
        {
            ActId = act.Id, Name = "ТОО «Ақ Жол»", TaxpayerNumber = "080340000123", ProcurementNumber = "15423871-1", SecurityAmount = 1_500_000.50m
        };
        var lettered = new ActSupplierRecord
        {
            ActId = act.Id, Name = "ТОО «Өнім-Сервис»", TaxpayerNumber = "061240000001", ProcurementNumber = "15423871-1", SecurityAmount = 250_000m
        };
        act.Suppliers.AddRange([awaiting, lettered]);
        var first = Row(act, awaiting, SecurityReturnState.AwaitingOrganiser);
        var second = Row(act, lettered, SecurityReturnState.LetterReceived);
        (second.CreditedAtUtc, second.CreditedTo, second.LetterReceivedAtUtc, second.Iik) =
            (Published, Infrastructure.Documents.SecurityCreditedTo.RepublicanBudget, Published, "KZ926010111000012345");
        db.AddRange(incident, act, first, second,
            Duty(first, "security-return", "R2 §18", new DateTime(2026, 11, 24, 14, 0, 0, DateTimeKind.Utc)),
            Duty(second, "refund", "R2 §20", new DateTime(2026, 11, 25, 14, 0, 0, DateTimeKind.Utc)));
        await db.SaveChangesAsync(ct);
        Render<MudPopoverProvider>();
        return Render<SecurityReturnsPanel>(p => p.Add(c => c.ActId, act.Id));
    }

    private static SecurityReturnRecord Row(ActRecord act, ActSupplierRecord supplier, SecurityReturnState state) => new()
    {
        ActId = act.Id, ActSupplierId = supplier.Id, SupplierName = supplier.Name, SupplierTaxpayerNumber = supplier.TaxpayerNumber,
        ProcurementNumber = supplier.ProcurementNumber, Amount = supplier.SecurityAmount!.Value, State = state, CreatedAtUtc = Published,
        ReturnDueAtUtc = new DateTime(2026, 11, 24, 14, 0, 0, DateTimeKind.Utc),
    };

    private static ObligationRecord Duty(SecurityReturnRecord row, string code, string clause, DateTime due) => new()
    {
        Code = code, Clause = clause, SubjectType = "SecurityReturn", SubjectId = row.Id.ToString(), Trigger = ObligationTrigger.ActPublished,
        TriggeredAtUtc = Published, DueAtUtc = due, CalendarVersion = "test",
    };

    [Fact]
    public async Task Each_row_shows_its_state_its_running_duty_and_the_F3_once_credited()
    {
        var cut = await RenderAsync("Operator");

        Assert.Equal(["AwaitingOrganiser", "LetterReceived"], cut.FindAll("[data-testid=security-row]").Select(r => r.GetAttribute("data-state")!));
        Assert.Equal(2, cut.FindAll("[data-testid=countdown]").Count);
        Assert.Contains("1\u202F500\u202F000,50\u00A0₸", cut.Markup);
        var f3 = Assert.Single(cut.FindAll("[data-testid=security-f3]"));
        Assert.StartsWith("/acts/2026-001/security/", f3.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Working_Group_is_not_offered_the_F3_which_carries_the_suppliers_bank_account()
    {
        var cut = await RenderAsync("WorkingGroup");

        Assert.Equal(2, cut.FindAll("[data-testid=security-row]").Count);
        Assert.Empty(cut.FindAll("[data-testid=security-f3]"));
    }

    [Theory]
    [InlineData("Operator", "Return,Credit")]
    [InlineData("Supervisor", "Return,Credit,Refund")]
    [InlineData("WorkingGroup", "")]
    public async Task Each_role_is_offered_only_the_steps_it_may_record(string role, string offered)
    {
        var cut = await RenderAsync(role);

        var buttons = cut.FindAll("[data-testid^=security-step-]").Select(b => b.GetAttribute("data-testid")!["security-step-".Length..]);
        Assert.Equal(offered, string.Join(",", buttons));
    }

    [Fact]
    public async Task The_organisers_return_is_recorded_from_the_panel_and_the_row_moves_on()
    {
        var cut = await RenderAsync("Operator");

        cut.Find("[data-testid=security-step-Return]").Click();
        cut.Find("input[data-testid=security-Note]").Change("п/п № 4471");
        cut.Find("[data-testid=security-save]").Click();

        cut.WaitForAssertion(() =>
            Assert.Equal(["ReturnedByOrganiser", "LetterReceived"], cut.FindAll("[data-testid=security-row]").Select(r => r.GetAttribute("data-state")!)));
        Assert.Empty(cut.FindAll("[data-testid=security-form]"));
    }
}
