using System.Security.Claims;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Lifecycles;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Infrastructure.Calendar;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Resources;
using GosZakup.Console.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace GosZakup.Console.Web.Features.Incidents;

/// <summary>Moves an incident through its life (R2 §9-§16, §25): each step checked against the life cycle and the
/// user's roles, saved with its timeline entry and the obligations it starts or meets in one transaction.</summary>
public sealed partial class IncidentCommands(
    IDbContextFactory<AppDbContext> dbFactory, CalendarStore calendars, ObligationSettings settings,
    IncidentNotifier notifier, IncidentNotices notices, IExtensionsDue extensions, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    /// <summary>R2 §9: a specialist takes the analysis (or a supervisor hands it to one).</summary>
    public Task<CommandResult> AssignAsync(Guid id, Guid version, ClaimsPrincipal user, CancellationToken ct = default) =>
        RunAsync(id, version, IncidentAction.Assign, user, (_, incident, now) =>
        {
            (incident.AssignedToId, incident.AssignedToName, incident.AssignedAtUtc) = (user.UserId(), Name(user), now.ToDateTimeUtc());
            return Task.FromResult<Step>(Timeline.Assigned());
        }, ct);

    /// <summary>R2 §11: refuted on the reproduction's evidence; the refutation notice is then due in 30 minutes.</summary>
    public async Task<CommandResult> RefuteAsync(Guid id, Guid version, DecisionForm form, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (ValidateAnalysis(form) is { } invalid) return invalid;
        if (ValidateParticipants(form, required: await AlertSentAtAsync(id, ct) is not null) is { } noParticipants) return noParticipants;
        return await RunAsync(id, version, IncidentAction.Refute, user, async (db, incident, now) =>
        {
            var (participants, unknown) = await RecordParticipantsAsync(db, incident, form, ct);
            if (unknown is not null) return Refuse(unknown);
            Decide(incident, form, user, now);
            await MeetAsync(db, incident.Id, ObligationCatalogue.Analyse.Code, now, Name(user), l["Incident.Met.Decision"], ct);
            await PlanAsync(db, incident, new ObligationEvent(ObligationTrigger.Refuted, now), ct);
            incident.ExtensionsDueAtUtc = now.ToDateTimeUtc(); // R2 §10: the window from detection to this decision
            return Timeline.Refuted(form.ReproductionResult.Trim(), participants);
        }, ct);
    }

    /// <summary>R2 §12-§13: confirmed with its level; the level's duties start (R2 §14-§16) and, for medium
    /// and high, the Working Group is alerted at once by e-mail in the same transaction (R2 §15.1, §16.1).</summary>
    public async Task<CommandResult> ConfirmAsync(Guid id, Guid version, DecisionForm form, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var now = Now();
        if (ValidateAnalysis(form) is { } invalid) return invalid;
        var answers = new SeverityAnswers(form.AllUsersBlocked, form.AffectedParticipantsCouldNotTakePart);
        if (SeverityWizard.Level(answers) is not { } level) return CommandResult.Invalid(nameof(form.AllUsersBlocked), "Incident.Error.AnswerQuestions");
        if (level != Severity.Low && string.IsNullOrWhiteSpace(form.SystemModule)) return CommandResult.Invalid(nameof(form.SystemModule),
            "Incident.Error.ModuleRequired");
        if (ValidatePlannedFix(form.PlannedFixAt, now) is { } badFix) return badFix;
        if (ValidateClassification(form) is { } badClass) return badClass;
        if (ValidateParticipants(form, required: await AlertSentAtAsync(id, ct) is not null) is { } noParticipants) return noParticipants;
        return await RunAsync(id, version, IncidentAction.Confirm, user, async (db, incident, at) =>
        {
            // R2 §25: the alert comes before the confirmation, whatever the page showed.
            if (SeverityWizard.NeedsConfirmationAlert(level) && incident.ConfirmationAlertSentAtUtc is null) return Refuse(RefusalCode.NotAllowedFromStatus,
                "Incident.Error.AlertFirst");
            var (participants, unknown) = await RecordParticipantsAsync(db, incident, form, ct);
            if (unknown is not null) return Refuse(unknown);
            Decide(incident, form, user, at);
            Classify(incident, form);
            (incident.Severity, incident.SeveritySetAtUtc) = (level, at.ToDateTimeUtc());
            incident.SystemModule = Blank(form.SystemModule);
            incident.PlannedFixAtUtc = AstanaTime.FromWallClock(form.PlannedFixAt!.Value);
            await MeetAsync(db, incident.Id, ObligationCatalogue.Analyse.Code, at, Name(user), l["Incident.Met.Decision"], ct);
            await PlanAsync(db, incident, new ObligationEvent(ObligationTrigger.Confirmed, at, level), ct);
            if (level != Severity.Low) await notices.AlertWorkingGroupAsync(db, incident, ct);
            incident.ExtensionsDueAtUtc = at.ToDateTimeUtc();
            return Timeline.Confirmed(level, incident.PlannedFixAtUtc.Value, participants);
        }, ct);
    }

    /// <summary>R2 §4: operator-related or not, and the cause; needed before an Act (R2 §17).</summary>
    public async Task<CommandResult> ClassifyAsync(Guid id, Guid version, DecisionForm form, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (ValidateClassification(form, required: true) is { } invalid) return invalid;
        return await RunAsync(id, version, null, user, (_, incident, _) =>
        {
            if (incident.Severity is null) return Task.FromResult(Refuse(RefusalCode.NotAllowedFromStatus, "Incident.Error.NotConfirmed"));
            Classify(incident, form);
            return Task.FromResult<Step>(Timeline.Classified(form.CauseCode!));
        }, ct, refuseUnlessRole: [StaffRole.Specialist, StaffRole.Supervisor]);
    }

    /// <summary>R2 §13: raising the level re-plans its duties; lowering needs a Supervisor and a reason, and
    /// waives the open duties the lower level does not have.</summary>
    public async Task<CommandResult> ChangeLevelAsync(Guid id, Guid version, Severity to, string? reason, ClaimsPrincipal user,
        CancellationToken ct = default) =>
        await RunAsync(id, version, null, user, async (db, incident, now) =>
        {
            if (incident.Severity is not { } from || incident.Status is not (IncidentStatus.Confirmed or IncidentStatus.Fixing))
                return Refuse(RefusalCode.NotAllowedFromStatus, "Incident.Error.LevelNotNow");
            var check = SeverityWizard.IsLevelChangeAllowed(from, to, user.StaffRoles(), reason);
            if (!check.IsAllowed) return Refuse(RefusalCodes.Of(check.Refusal!.Value), $"Incident.Error.Level.{check.Refusal}");
            (incident.Severity, incident.SeveritySetAtUtc, incident.ExtensionsDueAtUtc) = (to, now.ToDateTimeUtc(), now.ToDateTimeUtc());
            if (check.IsLowering)
                await WaiveAsync(db, incident.Id, d => d.Levels is { } levels && !levels.Contains(to), reason!, Name(user), ct);
            else
            {
                await PlanAsync(db, incident, new ObligationEvent(ObligationTrigger.Confirmed, now, to), ct, onlyNew: true);
                if (from == Severity.Low) await notices.AlertWorkingGroupAsync(db, incident, ct);
            }
            return Timeline.LevelChanged(from, to, reason);
        }, ct);

    /// <summary>R2 §14.1, §15.2-§15.3: a new planned fix time; the "again on change" notices are due again.</summary>
    public async Task<CommandResult> ChangePlannedFixAsync(Guid id, Guid version, DateTime? plannedFixAt, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (ValidatePlannedFix(plannedFixAt, Now()) is { } invalid) return invalid;
        return await RunAsync(id, version, null, user, async (db, incident, now) =>
        {
            if (incident.Severity is not { } level || incident.Status is not (IncidentStatus.Confirmed or IncidentStatus.Fixing))
                return Refuse(RefusalCode.NotAllowedFromStatus, "Incident.Error.PlannedFixNotNow");
            (incident.PlannedFixAtUtc, incident.ExtensionsDueAtUtc) = (AstanaTime.FromWallClock(plannedFixAt!.Value), now.ToDateTimeUtc());
            await PlanAsync(db, incident, new ObligationEvent(ObligationTrigger.PlannedFixChanged, now, level), ct);
            return Timeline.PlannedFixChanged(incident.PlannedFixAtUtc.Value);
        }, ct, refuseUnlessRole: [StaffRole.Specialist, StaffRole.Supervisor]);
    }

    /// <summary>R2 §14.2, §15.7: fixing starts at once after confirmation.</summary>
    public Task<CommandResult> StartFixAsync(Guid id, Guid version, ClaimsPrincipal user, CancellationToken ct = default) =>
        RunAsync(id, version, IncidentAction.StartFix, user, (_, incident, now) =>
        {
            incident.FixStartedAtUtc = now.ToDateTimeUtc();
            return Task.FromResult<Step>(Timeline.FixStarted());
        }, ct);

    /// <summary>R2 §14.3, §15.8-§15.9, §16.8-§16.9: the actual fix time and measures; the fix notices and the
    /// written report to the Owner start.</summary>
    public async Task<CommandResult> RecordFixAsync(Guid id, Guid version, DateTime? fixedAt, string measures, ClaimsPrincipal user,
        CancellationToken ct = default)
    {
        var now = Now();
        if (fixedAt is null) return CommandResult.Invalid("FixedAt", "Incident.Error.FixedAtRequired");
        if (Instant.FromDateTimeUtc(AstanaTime.FromWallClock(fixedAt.Value)) > now + Duration.FromMinutes(2)) return CommandResult.Invalid("FixedAt",
            "Incident.Error.FixedInFuture");
        if (string.IsNullOrWhiteSpace(measures)) return CommandResult.Invalid("FixMeasures", "Incident.Error.MeasuresRequired");
        if (measures.Length > AppealRules.MaxDescriptionLength) return CommandResult.Invalid("FixMeasures", "Appeal.TooLong", AppealRules.MaxDescriptionLength);
        if (Localization.TextFieldRules.Fault(measures) is { } textProblem1) return CommandResult.Invalid("FixMeasures", textProblem1);
        return await RunAsync(id, version, IncidentAction.RecordFix, user, async (db, incident, at) =>
        {
            incident.FixedAtUtc = AstanaTime.FromWallClock(fixedAt.Value);
            if (incident.FixedAtUtc < incident.RegisteredAtUtc.AddDays(-30)) return Refuse(RefusalCode.OutOfRange, "Incident.Error.FixedTooEarly");
            (incident.FixMeasures, incident.ExtensionsDueAtUtc) = (measures.Trim(), at.ToDateTimeUtc());
            await PlanAsync(db, incident, new ObligationEvent(ObligationTrigger.Fixed, at, incident.Severity), ct);
            return Timeline.Fixed(incident.FixedAtUtc.Value);
        }, ct);
    }

    public Task<CommandResult> CloseAsync(Guid id, Guid version, ClaimsPrincipal user, CancellationToken ct = default) =>
        RunAsync(id, version, IncidentAction.Close, user, (_, incident, now) =>
        {
            incident.ClosedAtUtc = now.ToDateTimeUtc();
            return Task.FromResult<Step>(Timeline.Closed());
        }, ct);

    /// <summary>One command: load, check version, life cycle and roles, change, record on the timeline, save.</summary>
    /// <param name="change">Returns the timeline entry, or a refusal.</param>
    private async Task<CommandResult> RunAsync(Guid id, Guid version, IncidentAction? action, ClaimsPrincipal user,
        Func<AppDbContext, IncidentRecord, Instant, Task<Step>> change, CancellationToken ct, string[]? refuseUnlessRole = null)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var incident = await db.Set<IncidentRecord>().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (incident is null) return CommandResult.Refused(RefusalCode.NotFound, "Incident.Error.NotFound");
        if (incident.Version != version) return CommandResult.Refused(RefusalCode.Stale, "Incident.Error.Changed");
        if (refuseUnlessRole is not null && !refuseUnlessRole.Any(user.IsInRole)) return CommandResult.Refused(RefusalCode.RoleNotAllowed,
            "Incident.Error.Role");
        if (action is { } step)
        {
            var check = IncidentLifecycle.Check(incident.Status, step, user.StaffRoles());
            if (check.Refusal == TransitionRefusal.RoleNotAllowed) return CommandResult.Refused(RefusalCode.RoleNotAllowed, "Incident.Error.Role");
            if (!check.IsAllowed)
                return CommandResult.Refused(RefusalCodes.Of(check.Refusal!.Value), "Incident.Error.OutOfOrder",
                    new ResourceText($"Incident.Status.{incident.Status}"));
            incident.Status = check.To!.Value;
        }
        var now = Now();
        var outcome = await change(db, incident, now);
        if (outcome.Entry is not { } entry) return outcome.Refusal ?? CommandResult.Refused(RefusalCode.Stale, "Incident.Error.Changed");
        incident.Version = Guid.NewGuid();
        db.Set<IncidentEventRecord>().Add(entry.For(incident.Id, now.ToDateTimeUtc(), user));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Refused(RefusalCode.Stale, "Incident.Error.Changed");
        }
        notifier.Changed(incident.Id);
        if (incident.ExtensionsDueAtUtc is not null) extensions.IncidentChanged(incident.Number);
        return CommandResult.Ok();
    }

    private static CommandResult? ValidateAnalysis(DecisionForm form)
    {
        if (string.IsNullOrWhiteSpace(form.ReproductionResult)) return CommandResult.Invalid(nameof(form.ReproductionResult), "Incident.Error.ResultRequired");
        foreach (var (field, text) in new[] { (nameof(form.ReproductionSteps), form.ReproductionSteps),
            (nameof(form.ReproductionResult), form.ReproductionResult) })
        {
            if (text.Length > AppealRules.MaxDescriptionLength) return CommandResult.Invalid(field, "Appeal.TooLong", AppealRules.MaxDescriptionLength);
            if (Localization.TextFieldRules.Fault(text) is { } textProblem2) return CommandResult.Invalid(field, textProblem2);
        }
        return null;
    }

    private static CommandResult? ValidatePlannedFix(DateTime? plannedFixAt, Instant now)
    {
        if (plannedFixAt is null) return CommandResult.Invalid(nameof(DecisionForm.PlannedFixAt), "Incident.Error.PlannedFixRequired");
        return Instant.FromDateTimeUtc(AstanaTime.FromWallClock(plannedFixAt.Value)) <= now
            ? CommandResult.Invalid(nameof(DecisionForm.PlannedFixAt), "Incident.Error.PlannedFixPast")
            : null;
    }

    private static CommandResult? ValidateClassification(DecisionForm form, bool required = false)
    {
        if (form.CauseCode is not { Length: > 0 } code)
            return required ? CommandResult.Invalid(nameof(form.CauseCode), "Incident.Error.CauseRequired") : null;
        if (FailureCauseCatalogue.Find(code) is not { } cause) return CommandResult.Invalid(nameof(form.CauseCode), "Incident.Error.CauseRequired");
        if (form.IsOperatorRelated is { } related && related != cause.IsOperatorRelated) return CommandResult.Invalid(nameof(form.CauseCode),
            "Incident.Error.CauseMismatch");
        if (form.ClassificationNote is { Length: > 2000 }) return CommandResult.Invalid(nameof(form.ClassificationNote), "Appeal.TooLong", 2000);
        return Localization.TextFieldRules.Fault(form.ClassificationNote) is { } problem ? CommandResult.Invalid(nameof(form.ClassificationNote), problem)
            : null;
    }

    private static void Decide(IncidentRecord incident, DecisionForm form, ClaimsPrincipal user, Instant now)
    {
        incident.ReproductionSteps = Blank(form.ReproductionSteps);
        incident.ReproductionResult = form.ReproductionResult.Trim();
        (incident.DecidedAtUtc, incident.DecidedByName) = (now.ToDateTimeUtc(), Name(user));
    }

    private static void Classify(IncidentRecord incident, DecisionForm form)
    {
        if (form.CauseCode is not { Length: > 0 } code || FailureCauseCatalogue.Find(code) is not { } cause) return;
        (incident.CauseCode, incident.IsOperatorRelated, incident.ClassificationNote) = (cause.Code, cause.IsOperatorRelated, Blank(form.ClassificationNote));
    }

    /// <summary>What a command's change gives: the timeline entry it records, or why it refused.</summary>
    private sealed record Step(TimelineItem? Entry, CommandResult? Refusal)
    {
        public static implicit operator Step(TimelineItem entry) => new(entry, null);
    }

    private static Step Refuse(RefusalCode code, string key, params object[] args) => new(null, CommandResult.Refused(code, key, args));

    private static Step Refuse(CommandResult refusal) => new(null, refusal);

    private Instant Now() => Instant.FromDateTimeOffset(clock.GetUtcNow());

    private static string Astana(DateTime? utc) => utc is { } at ? AstanaTime.Text(at) : "—";

    private static string Name(ClaimsPrincipal user) => user.Identity?.Name ?? "?";

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
