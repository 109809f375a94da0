using System.Security.Claims;
using GosZakup.Console.Domain.Acts;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Lifecycles;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Infrastructure.Acts;
using GosZakup.Console.Infrastructure.Documents;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Incidents;
using GosZakup.Console.Web.Resources;
using GosZakup.Console.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GosZakup.Console.Web.Features.SecurityReturns;

/// <summary>The steps of a security's return (R2 §18-§20), each one transaction with its timeline entry on the Act's
/// incident and the duties it meets or starts. The dates are when the step really happened (Astana time, typed).</summary>
public sealed class SecurityReturnCommands(IDbContextFactory<AppDbContext> dbFactory, SecurityReturnTracking tracking, SecurityReturnValidator validator,
    IncidentNotifier notifier, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    /// <summary>R2 §18: the organiser confirmed the return; the duty is met on that date.</summary>
    public async Task<CommandResult> ConfirmReturnAsync(Guid id, Guid version, ReturnForm form, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (validator.Validate(form) is { Count: > 0 } errors) return CommandResult.Invalid(errors);
        var at = AstanaTime.FromWallClock(form.ReturnedAt!.Value);
        return await ChangeAsync(id, version, user, SecurityReturnAction.Return, async (db, row, act) =>
        {
            if (Before(at, act.PublishedAtUtc)) return Invalid(nameof(form.ReturnedAt), "SecurityReturns.Error.BeforePublication");
            row.ConfirmReturn(at, Blank(form.Note), Name(user));
            await SecurityReturnTracking.MeetAsync(db, row.Id, ObligationCatalogue.SecurityReturn.Code, at, Name(user),
                Blank(form.Note) ?? l["SecurityReturns.Met.Returned"], ct);
            return Step("SecurityReturned", row, at);
        }, ct);
    }

    /// <summary>R2 §19: an operator-related failure, and the organiser credited the security to budget income instead;
    /// the organiser's F3 letter is due within 2 working days of the crediting.</summary>
    public async Task<CommandResult> RecordCreditAsync(Guid id, Guid version, CreditForm form, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (validator.Validate(form) is { Count: > 0 } errors) return CommandResult.Invalid(errors);
        var at = AstanaTime.FromWallClock(form.CreditedAt!.Value);
        return await ChangeAsync(id, version, user, SecurityReturnAction.Credit, async (db, row, act) =>
        {
            if (!SecurityReturnLifecycle.Applies(SecurityReturnAction.Credit, act.IsOperatorRelated))
                return Refusal(RefusalCode.NotAllowedFromStatus, "SecurityReturns.Error.NotOperatorRelated");
            if (Before(at, act.PublishedAtUtc)) return Invalid(nameof(form.CreditedAt), "SecurityReturns.Error.BeforePublication");
            row.Credit(at, form.CreditedTo, Name(user));
            await SecurityReturnTracking.WaiveAsync(db, row.Id, ObligationCatalogue.SecurityReturn.Code, l["SecurityReturns.Waived.Credited"], Name(user), ct);
            row.LetterDueAtUtc = await tracking.PlanAsync(db, row.Id, ObligationTrigger.SecurityCreditedToBudget, at, ct);
            return Step("SecurityCredited", row, at);
        }, ct);
    }

    /// <summary>R2 §19-§20: the organiser's letter with form F3 arrived; the operator's refund is due within 3 working days of it.</summary>
    public async Task<CommandResult> RegisterLetterAsync(Guid id, Guid version, LetterForm form, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (validator.Validate(form) is { Count: > 0 } errors) return CommandResult.Invalid(errors);
        var at = AstanaTime.FromWallClock(form.ReceivedAt!.Value);
        return await ChangeAsync(id, version, user, SecurityReturnAction.Letter, async (db, row, _) =>
        {
            if (Before(at, row.CreditedAtUtc)) return Invalid(nameof(form.ReceivedAt), "SecurityReturns.Error.BeforeCredit");
            var bank = new SupplierBankDetails(form.Beneficiary.Trim(), form.BeneficiaryBin.Trim(), form.BeneficiaryBank.Trim(),
                SecurityReturnValidator.Clean(form.Iik), SecurityReturnValidator.Clean(form.Bic));
            row.ReceiveLetter(at, form.Reference.Trim(), form.OrganiserName.Trim(), form.OrganiserBin.Trim(), form.CustomerHeadName.Trim(), bank, Name(user));
            await SecurityReturnTracking.MeetAsync(db, row.Id, ObligationCatalogue.BudgetLetter.Code, at, Name(user), form.Reference.Trim(), ct);
            row.RefundDueAtUtc = await tracking.PlanAsync(db, row.Id, ObligationTrigger.BudgetLetterReceived, at, ct);
            return Step("SecurityLetter", row, at);
        }, ct);
    }

    /// <summary>R2 §20: a Supervisor records the refund from the operator's own funds and when the supplier was told;
    /// told on another Astana day than the refund is kept, and shown, as late.</summary>
    public async Task<CommandResult> RecordRefundAsync(Guid id, Guid version, RefundForm form, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (RefuseRole(SecurityReturnAction.Refund, user.StaffRoles()) is { } notHis) return notHis;
        if (validator.Validate(form) is { Count: > 0 } errors) return CommandResult.Invalid(errors);
        var (at, told) = (AstanaTime.FromWallClock(form.RefundedAt!.Value), AstanaTime.FromWallClock(form.SupplierToldAt!.Value));
        var late = AstanaTime.FromUtc(told).Date != AstanaTime.FromUtc(at).Date;
        var result = await ChangeAsync(id, version, user, SecurityReturnAction.Refund, async (db, row, _) =>
        {
            if (Before(at, row.LetterReceivedAtUtc)) return Invalid(nameof(form.RefundedAt), "SecurityReturns.Error.BeforeLetter");
            if (AstanaTime.FromUtc(told).Date < AstanaTime.FromUtc(at).Date)
                return Invalid(nameof(form.SupplierToldAt), "SecurityReturns.Error.ToldBeforeRefund");
            row.Refund(at, form.PaymentReference.Trim(), told, late, Name(user));
            await SecurityReturnTracking.MeetAsync(db, row.Id, ObligationCatalogue.Refund.Code, at, Name(user), form.PaymentReference.Trim(), ct);
            return Step("SecurityRefunded", row, at);
        }, ct);
        return result.Succeeded && late ? CommandResult.Ok(new ResourceText("SecurityReturns.ToldLate")) : result;
    }

    private delegate Task<Outcome> Change(AppDbContext db, SecurityReturnRecord row, ActRecord act);

    private sealed record Outcome(string? Kind, Func<string, TimelineItem>? Entry, CommandResult? Failure);

    private async Task<CommandResult> ChangeAsync(Guid id, Guid version, ClaimsPrincipal user, SecurityReturnAction action,
        Change change, CancellationToken ct)
    {
        var roles = user.StaffRoles();
        if (RefuseRole(action, roles) is { } notHis) return notHis;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await db.Set<SecurityReturnRecord>().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (row is null) return CommandResult.Refused(RefusalCode.NotFound, "SecurityReturns.Error.NotFound");
        if (row.Version != version) return CommandResult.Refused(RefusalCode.Stale, "SecurityReturns.Error.Changed");
        var check = SecurityReturnLifecycle.Check(row.State, action, roles);
        if (!check.IsAllowed) return check.Refusal == TransitionRefusal.RoleNotAllowed
            ? CommandResult.Refused(RefusalCode.RoleNotAllowed, RoleError(action))
            : CommandResult.Refused(RefusalCode.NotAllowedFromStatus, "SecurityReturns.Error.NotNow", new ResourceText($"SecurityReturns.State.{row.State}"));
        var act = await db.Set<ActRecord>().SingleAsync(a => a.Id == row.ActId, ct);
        var outcome = await change(db, row, act);
        if (outcome.Failure is { } failure) return failure;
        row.Version = Guid.NewGuid();
        db.Add(outcome.Entry!(act.Number).For(act.IncidentId, clock.GetUtcNow().UtcDateTime, user));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Refused(RefusalCode.Stale, "SecurityReturns.Error.Changed");
        }
        notifier.Changed(act.IncidentId);
        return CommandResult.Ok();
    }

    private static CommandResult? RefuseRole(SecurityReturnAction action, IReadOnlyList<string> roles) =>
        SecurityReturnLifecycle.MayTake(action, roles) ? null : CommandResult.Refused(RefusalCode.RoleNotAllowed, RoleError(action));

    private static string RoleError(SecurityReturnAction action) =>
        action == SecurityReturnAction.Refund ? "SecurityReturns.Error.SupervisorRole" : "SecurityReturns.Error.Role";

    private static Outcome Step(string kind, SecurityReturnRecord row, DateTime atUtc) =>
        new(kind, actNumber => Timeline.SecurityStep(kind, actNumber, row.SupplierName, row.SupplierTaxpayerNumber, row.Amount, atUtc), null);

    private static Outcome Invalid(string field, string key) => new(null, null, CommandResult.Invalid(field, key));

    private static Outcome Refusal(RefusalCode code, string key) => new(null, null, CommandResult.Refused(code, key));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Name(ClaimsPrincipal user) => user.Identity?.Name ?? "?";

    /// <summary>People type times to the minute: a step in the same minute as the one before it is not "before" it.</summary>
    private static bool Before(DateTime at, DateTime? earlier) =>
        earlier is { } e && at < new DateTime(e.Ticks - e.Ticks % TimeSpan.TicksPerMinute, e.Kind);
}
