using System.Security.Claims;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Incidents;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace GosZakup.Console.Web.Features.Extensions;

/// <summary>What a Supervisor records of a high failure that reaches beyond its module (R2 §16.6): a regional loss of
/// internet access, and force majeure with the Owner's agreement. Each is saved with its timeline entry and marks the
/// incident's extensions due, so the job recomputes them. Force majeure also starts the duty to tell the Owner and the
/// users at once (R1 §13, R2 §16.6), again whenever its period, effect or description changes.</summary>
public sealed class IncidentCircumstances(IDbContextFactory<AppDbContext> dbFactory, ExtensionTrigger trigger, IncidentNotifier notifier,
    IncidentCommands commands, TimeProvider clock)
{
    public Task<CommandResult> RecordRegionalLossAsync(Guid incidentId, Guid version, RegionalLossForm form, ClaimsPrincipal user,
        CancellationToken ct = default)
    {
        var errors = new Dictionary<string, ResourceText>();
        Text(errors, nameof(form.Region), form.Region, 200, required: true);
        Text(errors, nameof(form.Confirmation), form.Confirmation, 1000, required: false);
        Period(errors, form.From, form.To);
        if (errors.Count > 0) return Task.FromResult(CommandResult.Invalid(errors));
        return SaveAsync(incidentId, version, user, "RegionalLossRecorded", incident =>
        {
            (incident.RegionalLossRegion, incident.RegionalLossConfirmation) = (form.Region!.Trim(), Blank(form.Confirmation));
            (incident.RegionalLossFromUtc, incident.RegionalLossToUtc) = (AstanaTime.FromWallClock(form.From!.Value), AstanaTime.FromWallClock(form.To!.Value));
            incident.RegionalLossRecordedByName = Name(user);
            return Timeline.RegionalLossRecorded(incident.RegionalLossRegion, incident.RegionalLossFromUtc.Value, incident.RegionalLossToUtc.Value,
                incident.RegionalLossConfirmation);
        }, ct);
    }

    public Task<CommandResult> RecordForceMajeureAsync(Guid incidentId, Guid version, ForceMajeureForm form, ClaimsPrincipal user,
        CancellationToken ct = default)
    {
        var errors = new Dictionary<string, ResourceText>();
        Text(errors, nameof(form.Description), form.Description, 2000, required: true);
        Period(errors, form.From, form.To);
        var agreement = new[] { form.AgreementBy, form.AgreementReference, form.AgreementAt?.ToString() };
        if (agreement.Any(a => !string.IsNullOrWhiteSpace(a)) && agreement.Any(string.IsNullOrWhiteSpace))
            errors[nameof(form.AgreementReference)] = new("Extensions.Error.AgreementIncomplete");
        Text(errors, nameof(form.AgreementBy), form.AgreementBy, 256, required: false);
        Text(errors, nameof(form.AgreementReference), form.AgreementReference, 300, required: false);
        if (form.AgreementAt is { } at && AstanaTime.FromWallClock(at) > clock.GetUtcNow().UtcDateTime.AddMinutes(2))
            errors[nameof(form.AgreementAt)] = new("Extensions.Error.AgreementInFuture");
        if (errors.Count > 0) return Task.FromResult(CommandResult.Invalid(errors));
        var noticeDue = false;
        return SaveAsync(incidentId, version, user, "ForceMajeureRecorded", incident =>
        {
            var told = (incident.ForceMajeureFromUtc, incident.ForceMajeureToUtc, incident.ForceMajeureWholePortal, incident.ForceMajeureDescription);
            (incident.ForceMajeureFromUtc, incident.ForceMajeureToUtc) = (AstanaTime.FromWallClock(form.From!.Value), AstanaTime.FromWallClock(form.To!.Value));
            (incident.ForceMajeureDescription, incident.ForceMajeureWholePortal, incident.ForceMajeureRecordedByName) =
                (form.Description!.Trim(), form.WholePortal, Name(user));
            (incident.OwnerAgreementBy, incident.OwnerAgreementReference) = (Blank(form.AgreementBy), Blank(form.AgreementReference));
            incident.OwnerAgreementAtUtc = form.AgreementAt is { } agreed && incident.OwnerAgreementBy is not null ? AstanaTime.FromWallClock(agreed) : null;
            noticeDue = told != (incident.ForceMajeureFromUtc, incident.ForceMajeureToUtc, incident.ForceMajeureWholePortal, incident.ForceMajeureDescription);
            return Timeline.ForceMajeureRecorded(incident.ForceMajeureFromUtc.Value, incident.ForceMajeureToUtc.Value, incident.ForceMajeureDescription,
                incident.OwnerAgreementBy, incident.OwnerAgreementReference);
        }, ct, (db, incident, now) => noticeDue
            ? commands.PlanUnlessOpenAsync(db, incident.Id,
                new ObligationEvent(ObligationTrigger.ForceMajeureRecorded, Instant.FromDateTimeUtc(now), incident.Severity), ct)
            : Task.CompletedTask);
    }

    /// <param name="alsoAsync">What else the change starts, in the same transaction (at the recording time).</param>
    private async Task<CommandResult> SaveAsync(Guid incidentId, Guid version, ClaimsPrincipal user, string kind, Func<IncidentRecord, TimelineItem> change,
        CancellationToken ct, Func<AppDbContext, IncidentRecord, DateTime, Task>? alsoAsync = null)
    {
        if (!user.IsInRole(StaffRole.Supervisor)) return CommandResult.Refused(RefusalCode.RoleNotAllowed, "Extensions.Error.CircumstancesRole");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var incident = await db.Set<IncidentRecord>().SingleOrDefaultAsync(i => i.Id == incidentId, ct);
        if (incident is null) return CommandResult.Refused(RefusalCode.NotFound, "Incident.Error.NotFound");
        if (incident.Version != version) return CommandResult.Refused(RefusalCode.Stale, "Incident.Error.Changed");
        if (incident.Severity != Severity.High || incident.Status is not (IncidentStatus.Confirmed or IncidentStatus.Fixing or IncidentStatus.Fixed))
            return CommandResult.Refused(RefusalCode.NotAllowedFromStatus, "Extensions.Error.CircumstancesHighOnly");
        var now = clock.GetUtcNow().UtcDateTime;
        var entry = change(incident);
        if (alsoAsync is not null) await alsoAsync(db, incident, now);
        (incident.ExtensionsDueAtUtc, incident.Version) = (now, Guid.NewGuid());
        db.Add(entry.For(incident.Id, now, user));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Refused(RefusalCode.Stale, "Incident.Error.Changed");
        }
        notifier.Changed(incident.Id);
        trigger.IncidentChanged(incident.Number);
        return CommandResult.Ok();
    }

    private static void Period(Dictionary<string, ResourceText> errors, DateTime? from, DateTime? to)
    {
        if (from is null) errors["From"] = new("Extensions.Error.FromRequired");
        if (to is null) errors["To"] = new("Extensions.Error.ToRequired");
        else if (from is not null && to <= from) errors["To"] = new("Extensions.Error.ToBeforeFrom");
    }

    private static void Text(Dictionary<string, ResourceText> errors, string field, string? text, int max, bool required) =>
        Localization.TextFieldRules.Check(errors, field, text, max, required, "Extensions.Error.Required");

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Name(ClaimsPrincipal user) => user.Identity?.Name ?? "?";
}
