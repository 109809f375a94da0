using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Infrastructure.Calendar;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Commands;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace GosZakup.Console.Web.Features.Inbox;

/// <summary>What an intake or registration saved: the appeal, the incident it joined, and whether a retried request
/// found the appeal it had made already.</summary>
public sealed record AppealSaved(Guid AppealId, string? IncidentNumber = null, bool Repeated = false);

/// <summary>Receives appeals from every channel (R2 §5-§6) and starts their R2 §7 clock: the appeal and its
/// obligations are saved together. The Inbox hears of it at once.</summary>
public sealed class AppealIntake(
    IDbContextFactory<AppDbContext> dbFactory, CalendarStore calendars, ObligationSettings settings,
    AppealValidator validator, InboxNotifier inbox, TimeProvider clock)
{
    /// <param name="idempotencyKey">From another system: a retry with the same key returns the appeal it already made.</param>
    /// <param name="alert">From Alertmanager: the alert whose later firings join this appeal while it is open.</param>
    public async Task<CommandResult<AppealSaved>> ReceiveAsync(AppealForm form, CancellationToken ct = default, string? idempotencyKey = null,
        AlertOrigin? alert = null)
    {
        if (idempotencyKey is not null && await FindAsync(idempotencyKey, ct) is { } existing)
            return CommandResult<AppealSaved>.Ok(new(existing, Repeated: true));
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var errors = validator.Validate(form, now);
        if (errors.Count > 0) return CommandResult<AppealSaved>.Invalid(errors);

        var calendar = await calendars.AllAsync(ct);
        var received = Instant.FromDateTimeUtc(AstanaTime.FromWallClock(form.ReceivedAt!.Value));
        var detected = form.DetectedAt is { } d ? Instant.FromDateTimeUtc(AstanaTime.FromWallClock(d)) : (Instant?)null;
        var appeal = new AppealRecord { Channel = form.Channel, ReceivedAtUtc = received.ToDateTimeUtc(), DetectedAtUtc = detected?.ToDateTimeUtc() };
        Copy(form, appeal);
        appeal.LateReport = AppealRules.IsLateReport(detected, received);
        appeal.IdempotencyKey = idempotencyKey;
        if (alert is not null)
            (appeal.AlertFingerprint, appeal.AlertLastStartsAtUtc, appeal.AlertLastSeenAtUtc) = (alert.Fingerprint, alert.StartsAtUtc, now.ToDateTimeUtc());

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        foreach (var plan in ClocksOf(form, calendar, settings))
        {
            db.Obligations.Add(Obligation(plan, ObligationSubject.Appeal(appeal.Id), ObligationTrigger.AppealReceived, form.Channel));
            if (plan.Code != ObligationCatalogue.Register.Code) continue;
            appeal.RegistrationDueAtUtc = plan.DueAt?.ToDateTimeUtc();
            appeal.RegistrationTargetAtUtc = plan.TargetAt?.ToDateTimeUtc();
        }
        db.Set<AppealRecord>().Add(appeal);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            // The same request arrived twice at once: the unique key let one in; answer with that one.
            if (await FindAsync(idempotencyKey, ct) is { } raced) return CommandResult<AppealSaved>.Ok(new(raced, Repeated: true));
            throw;
        }
        inbox.Changed();
        return CommandResult<AppealSaved>.Ok(new(appeal.Id));
    }

    /// <summary>The clocks a new appeal starts (R2 §7 registration and, with a detection time, the late-report
    /// check), from the form as typed: the one place the dialog's review and the intake both ask.</summary>
    public static IReadOnlyList<PlannedObligation> ClocksOf(AppealForm form, WorkingCalendars calendar, ObligationSettings settings)
    {
        var received = Instant.FromDateTimeUtc(AstanaTime.FromWallClock(form.ReceivedAt!.Value));
        var detected = form.DetectedAt is { } d ? Instant.FromDateTimeUtc(AstanaTime.FromWallClock(d)) : (Instant?)null;
        return ObligationPlanner.Plan(new ObligationEvent(ObligationTrigger.AppealReceived, received, Channel: form.Channel, DetectedAt: detected), calendar,
            settings);
    }

    private async Task<Guid?> FindAsync(string idempotencyKey, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<AppealRecord>().Where(a => a.IdempotencyKey == idempotencyKey).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct);
    }

    public static void Copy(AppealForm form, AppealRecord appeal)
    {
        appeal.OrganisationName = form.OrganisationName.Trim();
        appeal.TaxpayerNumber = Blank(form.TaxpayerNumber);
        appeal.ContactEmail = Blank(form.ContactEmail);
        appeal.ContactPhone = Blank(form.ContactPhone);
        appeal.Description = form.Description.Trim();
        appeal.ProcurementNumbers = Blank(form.ProcurementNumbers);
        appeal.LotNumbers = Blank(form.LotNumbers);
        appeal.ParticipationBlocked = form.ParticipationBlocked;
    }

    public static ObligationRecord Obligation(PlannedObligation plan, ObligationSubject subject, ObligationTrigger trigger, AppealChannel? channel = null) =>
        new ObligationRecord { SubjectType = subject.StoredType, SubjectId = subject.StoredId, Trigger = trigger, TriggerChannel = channel }.Apply(plan);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>Tells open Inbox pages of this instance that appeals changed (other instances' pages catch up
/// on their periodic refresh).</summary>
public sealed class InboxNotifier
{
    public event Action? AppealsChanged;

    public void Changed() => AppealsChanged?.Invoke();
}
