using GosZakup.Console.Domain.Acts;
using GosZakup.Console.Infrastructure.Acts;
using GosZakup.Console.Infrastructure.Documents;
using GosZakup.Console.Web.Features.Reminders;
using GosZakup.Console.Web.Features.SecurityReturns;
using Microsoft.EntityFrameworkCore;
using static GosZakup.Console.IntegrationTests.SecurityReturns.SecurityReturnScenario;

namespace GosZakup.Console.IntegrationTests.SecurityReturns;

public sealed class SecurityReturnQueryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Totals_count_and_add_up_returns_and_refunds_dated_in_the_period()
    {
        await using var scenario = await StartAsync();
        scenario.ClockAt("27 12:00");
        var second = await scenario.RowAsync(SecurityReturnData.SecondBin);
        Assert.True((await scenario.Commands.ConfirmReturnAsync(second.Id, second.Version, new ReturnForm { ReturnedAt = At("23 09:30") }, Operator,
            Ct)).Succeeded);
        var first = await scenario.RowAsync(SecurityReturnData.FirstBin);
        Assert.True((await scenario.Commands.RecordCreditAsync(first.Id, first.Version,
            new CreditForm { CreditedAt = At("23 10:00"), CreditedTo = SecurityCreditedTo.RepublicanBudget }, Operator, Ct)).Succeeded);
        first = await scenario.RowAsync(SecurityReturnData.FirstBin);
        Assert.True((await scenario.Commands.RegisterLetterAsync(first.Id, first.Version, SecurityReturnCommandTests.Letter("25 11:00"), Operator,
            Ct)).Succeeded);
        first = await scenario.RowAsync(SecurityReturnData.FirstBin);
        Assert.True((await scenario.Commands.RecordRefundAsync(first.Id, first.Version,
            new RefundForm { RefundedAt = At("26 15:00"), PaymentReference = "ПП-1", SupplierToldAt = At("26 15:00") }, Supervisor, Ct)).Succeeded);
        var query = scenario.Services.Get<SecurityReturnQuery>();

        var november = await query.TotalsAsync(Utc("01 00:00"), Utc("30 00:00").AddDays(1), Ct);
        var beforeRefund = await query.TotalsAsync(Utc("01 00:00"), Utc("26 00:00"), Ct);

        Assert.Equal(new SecurityReturnTotals(1, 250_000m, 1, 1_500_000.50m), november);
        Assert.Equal(new SecurityReturnTotals(1, 250_000m, 0, 0m), beforeRefund);
    }

    [Fact]
    public async Task The_panel_view_shows_each_row_with_the_duty_now_running()
    {
        await using var scenario = await StartAsync();
        scenario.ClockAt("23 10:30");
        var first = await scenario.RowAsync(SecurityReturnData.FirstBin);
        Assert.True((await scenario.Commands.RecordCreditAsync(first.Id, first.Version,
            new CreditForm { CreditedAt = At("23 10:00"), CreditedTo = SecurityCreditedTo.RepublicanBudget }, Operator, Ct)).Succeeded);

        var view = await scenario.Services.Get<SecurityReturnQuery>().ForActAsync(scenario.Act.Id, Ct);

        Assert.Equal(scenario.Act.Number, view!.ActNumber);
        Assert.Equal([("budget-letter", SecurityReturnData.FirstBin), ("security-return", SecurityReturnData.SecondBin)],
            view.Rows.OrderBy(r => r.OpenDuty!.Code, StringComparer.Ordinal).Select(r => (r.OpenDuty!.Code, r.Return.SupplierTaxpayerNumber)));
    }

    [Fact]
    public async Task A_security_return_duty_names_the_Act_and_the_supplier_and_links_to_the_Act_page()
    {
        await using var scenario = await StartAsync();
        var row = await scenario.RowAsync(SecurityReturnData.FirstBin);
        await using var db = scenario.Services.NewDb();
        var duties = await db.Obligations.AsNoTracking().Where(o => o.SubjectId == row.Id.ToString()).ToListAsync(Ct);

        var subject = (await DutySubjects.LoadAsync(db, duties, Ct))[("SecurityReturn", row.Id.ToString())];

        Assert.Equal(($"{scenario.Act.Number} · ТОО «Ақ Жол»", $"/acts/{scenario.Act.Number}"), (subject.Label, subject.Link));
        Assert.Equal(subject.Link, subject.LinkFor(["WorkingGroup"]));
        Assert.Null(subject.LinkFor(["Specialist"]));
    }

    [Fact]
    public async Task The_demo_leaves_one_security_returned_and_one_credited_with_its_refund_timer_running()
    {
        await using var scenario = await StartAsync(track: false);
        scenario.ClockAt("24 11:00");

        await DemoSecurityReturns.SeedAsync(scenario.Services.Services, scenario.Act.Number, Ct);
        await DemoSecurityReturns.SeedAsync(scenario.Services.Services, scenario.Act.Number, Ct); // a second start changes nothing

        var rows = await scenario.RowsAsync();
        Assert.Equal([SecurityReturnState.ReturnedByOrganiser, SecurityReturnState.LetterReceived],
            rows.OrderBy(r => r.SupplierName, StringComparer.Ordinal).Select(r => r.State));
        var refund = (await scenario.DutiesAsync(rows.Single(r => r.State == SecurityReturnState.LetterReceived).Id)).Single(d => d.Code == "refund");
        Assert.True(refund.IsOpen);
        Assert.True(refund.DueAtUtc > Utc("24 11:00"));
    }
}
