using GosZakup.Console.Domain.Acts;
using GosZakup.Console.Infrastructure.Acts;
using GosZakup.Console.Infrastructure.Documents;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.SecurityReturns;
using static GosZakup.Console.IntegrationTests.SecurityReturns.SecurityReturnScenario;

namespace GosZakup.Console.IntegrationTests.SecurityReturns;

/// <summary>R2 §18-§20 step by step, on the Act published Friday 20 November 2026 12:10 Astana.</summary>
public sealed class SecurityReturnCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static LetterForm Letter(string receivedAt) => new()
    {
        ReceivedAt = At(receivedAt), Reference = "№ 01-12/3345", OrganiserName = "ГУ «Управление госзакупок города Астаны»", OrganiserBin = "140340016539",
        CustomerHeadName = "Сәрсенбаева Гүлнұр Жұмабекқызы", Beneficiary = "ТОО «Ақ Жол»", BeneficiaryBin = SecurityReturnData.FirstBin,
        BeneficiaryBank = "АО «Народный Банк Казахстана»", Iik = "kz92 6010 1110 0001 2345", Bic = "HSBKKZKX",
    };

    [Fact]
    public async Task The_organisers_return_meets_the_R2_18_duty_on_the_day_it_happened()
    {
        await using var scenario = await StartAsync();
        scenario.ClockAt("23 10:00");
        var row = await scenario.RowAsync(SecurityReturnData.FirstBin);

        var done =
            await scenario.Commands.ConfirmReturnAsync(row.Id, row.Version, new ReturnForm { ReturnedAt = At("23 09:30"), Note = "п/п № 4471" }, Operator, Ct);

        Assert.True(done.Succeeded, $"{done.Refusal}");
        row = await scenario.RowAsync(SecurityReturnData.FirstBin);
        Assert.Equal((SecurityReturnState.ReturnedByOrganiser, "23.11.2026 09:30", "п/п № 4471", "operator@demo.kz"),
            (row.State, Astana(row.ReturnedAtUtc), row.ReturnNote, row.ReturnRecordedByName));
        var duty = Assert.Single(await scenario.DutiesAsync(row.Id));
        Assert.Equal("23.11.2026 09:30", Astana(duty.MetAtUtc));
        Assert.Contains(await scenario.TimelineAsync(),
            e => e.Kind == "SecurityReturned" && TimelineArgs.Read(e.Arguments)[0] == TimelineArg.Text(scenario.Act.Number));
    }

    [Fact]
    public async Task Credited_to_the_budget_the_letter_and_the_refund_each_start_the_next_duty_R2_19_20()
    {
        await using var scenario = await StartAsync();
        var row = await scenario.RowAsync(SecurityReturnData.FirstBin);
        scenario.ClockAt("23 10:30");

        Assert.True((await scenario.Commands.RecordCreditAsync(row.Id, row.Version,
            new CreditForm { CreditedAt = At("23 10:00"), CreditedTo = SecurityCreditedTo.LocalBudget }, Operator, Ct)).Succeeded);
        row = await scenario.RowAsync(SecurityReturnData.FirstBin);
        var duties = await scenario.DutiesAsync(row.Id);
        Assert.True(duties.Single(d => d.Code == "security-return").Waived); // the organiser can no longer return it
        // The organiser's and the operator's office duties count on the state's five-day week (R2 §19-§20).
        Assert.Equal(("R2 §19", "25.11.2026 18:30"),
            (duties.Single(d => d.Code == "budget-letter").Clause, Astana(duties.Single(d => d.Code == "budget-letter").DueAtUtc)));
        Assert.Equal((SecurityReturnState.CreditedToBudget, SecurityCreditedTo.LocalBudget, "25.11.2026 18:30"),
            (row.State, row.CreditedTo, Astana(row.LetterDueAtUtc)));

        scenario.ClockAt("25 12:00");
        Assert.True((await scenario.Commands.RegisterLetterAsync(row.Id, row.Version, Letter("25 11:00"), Operator, Ct)).Succeeded);
        row = await scenario.RowAsync(SecurityReturnData.FirstBin);
        duties = await scenario.DutiesAsync(row.Id);
        Assert.Equal("25.11.2026 11:00", Astana(duties.Single(d => d.Code == "budget-letter").MetAtUtc));
        Assert.Equal("30.11.2026 18:30", Astana(duties.Single(d => d.Code == "refund").DueAtUtc)); // Thu 26, Fri 27, Mon 30: no Saturday in the five-day week
        Assert.Equal((SecurityReturnState.LetterReceived, "KZ926010111000012345", "HSBKKZKX", "30.11.2026 18:30"),
            (row.State, row.Iik, row.Bic, Astana(row.RefundDueAtUtc)));

        scenario.ClockAt("26 16:00");
        var refunded = await scenario.Commands.RecordRefundAsync(row.Id, row.Version,
            new RefundForm { RefundedAt = At("26 15:00"), PaymentReference = "ПП-778", SupplierToldAt = At("26 15:20") }, Supervisor, Ct);
        Assert.True(refunded.Succeeded, $"{refunded.Refusal}");
        Assert.Null(refunded.Warning);
        row = await scenario.RowAsync(SecurityReturnData.FirstBin);
        Assert.Equal((SecurityReturnState.Refunded, "26.11.2026 15:00", "ПП-778", "26.11.2026 15:20", false),
            (row.State, Astana(row.RefundedAtUtc), row.RefundPaymentReference, Astana(row.SupplierToldAtUtc), row.SupplierToldLate));
        Assert.Equal("26.11.2026 15:00", Astana((await scenario.DutiesAsync(row.Id)).Single(d => d.Code == "refund").MetAtUtc));
        Assert.Equal(["SecurityCredited", "SecurityLetter", "SecurityRefunded"],
            (await scenario.TimelineAsync()).Where(e => e.Kind.StartsWith("Security", StringComparison.Ordinal)).Select(e => e.Kind));
    }

    [Fact]
    public async Task A_supplier_told_on_a_later_day_than_the_refund_is_kept_and_shown_as_late()
    {
        await using var scenario = await AtLetterAsync();
        var row = await scenario.RowAsync(SecurityReturnData.FirstBin);
        scenario.ClockAt("27 11:00");

        var refunded = await scenario.Commands.RecordRefundAsync(row.Id, row.Version,
            new RefundForm { RefundedAt = At("26 18:30"), PaymentReference = "ПП-779", SupplierToldAt = At("27 10:00") }, Supervisor, Ct);

        Assert.True(refunded.Succeeded);
        Assert.Equal("SecurityReturns.ToldLate", refunded.Warning?.Key);
        Assert.True((await scenario.RowAsync(SecurityReturnData.FirstBin)).SupplierToldLate);
    }

    [Fact]
    public async Task Each_step_refuses_the_wrong_role()
    {
        await using var scenario = await AtLetterAsync();
        var awaiting = await scenario.RowAsync(SecurityReturnData.SecondBin);
        var lettered = await scenario.RowAsync(SecurityReturnData.FirstBin);

        Assert.Equal(RefusalCode.RoleNotAllowed,
            (await scenario.Commands.ConfirmReturnAsync(awaiting.Id, awaiting.Version, new ReturnForm { ReturnedAt = At("25 09:00") }, Specialist,
                Ct)).Refusal);
        Assert.Equal(RefusalCode.RoleNotAllowed,
            (await scenario.Commands.RecordRefundAsync(lettered.Id, lettered.Version,
                new RefundForm { RefundedAt = At("25 12:00"), PaymentReference = "ПП-1", SupplierToldAt = At("25 12:00") }, Operator, Ct)).Refusal);

        Assert.Equal(SecurityReturnState.AwaitingOrganiser, (await scenario.RowAsync(SecurityReturnData.SecondBin)).State);
        Assert.Equal(SecurityReturnState.LetterReceived, (await scenario.RowAsync(SecurityReturnData.FirstBin)).State);
    }

    [Fact]
    public async Task An_Act_not_related_to_the_operator_has_no_R2_19_crediting()
    {
        await using var scenario = await StartAsync(operatorRelated: false);
        scenario.ClockAt("23 10:30");
        var row = await scenario.RowAsync(SecurityReturnData.FirstBin);

        var refused = await scenario.Commands.RecordCreditAsync(row.Id, row.Version,
            new CreditForm { CreditedAt = At("23 10:00"), CreditedTo = SecurityCreditedTo.RepublicanBudget }, Operator, Ct);

        Assert.Equal(RefusalCode.NotAllowedFromStatus, refused.Refusal);
        Assert.Equal("SecurityReturns.Error.NotOperatorRelated", refused.Reason?.Key);
        Assert.Equal(SecurityReturnState.AwaitingOrganiser, (await scenario.RowAsync(SecurityReturnData.FirstBin)).State);
        Assert.Equal(["security-return"], (await scenario.DutiesAsync(row.Id)).Select(d => d.Code));
    }

    [Fact]
    public async Task A_stale_page_is_refused_and_never_overwrites()
    {
        await using var scenario = await StartAsync();
        scenario.ClockAt("23 10:30");
        var stale = await scenario.RowAsync(SecurityReturnData.FirstBin);
        Assert.True((await scenario.Commands.ConfirmReturnAsync(stale.Id, stale.Version, new ReturnForm { ReturnedAt = At("23 09:30"), Note = "first" },
            Operator, Ct)).Succeeded);

        var refused = await scenario.Commands.ConfirmReturnAsync(stale.Id, stale.Version, new ReturnForm { ReturnedAt = At("23 10:00"), Note = "second" },
            Supervisor, Ct);

        Assert.Equal(RefusalCode.Stale, refused.Refusal);
        Assert.Equal("first", (await scenario.RowAsync(SecurityReturnData.FirstBin)).ReturnNote);
    }

    [Fact]
    public async Task Bad_bank_details_are_named_field_by_field_and_nothing_is_saved()
    {
        await using var scenario = await StartAsync();
        scenario.ClockAt("25 12:00");
        var row = await scenario.RowAsync(SecurityReturnData.FirstBin);
        Assert.True((await scenario.Commands.RecordCreditAsync(row.Id, row.Version,
            new CreditForm { CreditedAt = At("23 10:00"), CreditedTo = SecurityCreditedTo.RepublicanBudget }, Operator, Ct)).Succeeded);
        row = await scenario.RowAsync(SecurityReturnData.FirstBin);
        var letter = Letter("25 11:00");
        (letter.OrganiserBin, letter.BeneficiaryBin, letter.Iik, letter.Bic, letter.Reference) =
            ("14034001653", "12345678901X", "KZ92601011100001234", "HSBKKZ", "<b>1</b>");

        var refused = await scenario.Commands.RegisterLetterAsync(row.Id, row.Version, letter, Operator, Ct);

        Assert.Equal(["BeneficiaryBin", "Bic", "Iik", "OrganiserBin", "Reference"], refused.FieldErrors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(SecurityReturnState.CreditedToBudget, (await scenario.RowAsync(SecurityReturnData.FirstBin)).State);
        Assert.DoesNotContain(await scenario.DutiesAsync(row.Id), d => d.Code == "refund");
    }

    [Theory]
    [InlineData("23 10:05", "ReturnedAt")] // in the future (the clock is at 23 10:00)
    [InlineData("20 12:00", "ReturnedAt")] // before the Act was published
    public async Task A_return_dated_impossibly_is_refused(string returnedAt, string field)
    {
        await using var scenario = await StartAsync();
        scenario.ClockAt("23 10:00");
        var row = await scenario.RowAsync(SecurityReturnData.FirstBin);

        var refused = await scenario.Commands.ConfirmReturnAsync(row.Id, row.Version, new ReturnForm { ReturnedAt = At(returnedAt) }, Operator, Ct);

        Assert.Equal([field], refused.FieldErrors.Keys);
        Assert.Equal(SecurityReturnState.AwaitingOrganiser, (await scenario.RowAsync(SecurityReturnData.FirstBin)).State);
    }

    [Fact]
    public async Task A_refund_before_the_letter_or_a_supplier_told_before_the_refund_day_is_refused()
    {
        await using var scenario = await AtLetterAsync();
        var row = await scenario.RowAsync(SecurityReturnData.FirstBin);
        scenario.ClockAt("27 11:00");

        var early = await scenario.Commands.RecordRefundAsync(row.Id, row.Version,
            new RefundForm { RefundedAt = At("25 10:00"), PaymentReference = "ПП-1", SupplierToldAt = At("25 10:00") }, Supervisor, Ct);
        var toldFirst = await scenario.Commands.RecordRefundAsync(row.Id, row.Version,
            new RefundForm { RefundedAt = At("26 10:00"), PaymentReference = "ПП-1", SupplierToldAt = At("25 18:00") }, Supervisor, Ct);

        Assert.Equal(["RefundedAt"], early.FieldErrors.Keys);
        Assert.Equal(["SupplierToldAt"], toldFirst.FieldErrors.Keys);
        Assert.Equal(SecurityReturnState.LetterReceived, (await scenario.RowAsync(SecurityReturnData.FirstBin)).State);
    }

    /// <summary>The first supplier's security credited on Monday 23 at 10:00 and the letter registered on Wednesday 25 at 11:00.</summary>
    private static async Task<SecurityReturnScenario> AtLetterAsync()
    {
        var scenario = await StartAsync();
        scenario.ClockAt("25 12:00");
        var row = await scenario.RowAsync(SecurityReturnData.FirstBin);
        Assert.True((await scenario.Commands.RecordCreditAsync(row.Id, row.Version,
            new CreditForm { CreditedAt = At("23 10:00"), CreditedTo = SecurityCreditedTo.RepublicanBudget }, Operator, Ct)).Succeeded);
        row = await scenario.RowAsync(SecurityReturnData.FirstBin);
        Assert.True((await scenario.Commands.RegisterLetterAsync(row.Id, row.Version, Letter("25 11:00"), Operator, Ct)).Succeeded);
        return scenario;
    }
}
