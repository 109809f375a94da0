using System.Security.Claims;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Incidents;
using GosZakup.Console.Web.Localization;
using GosZakup.Console.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace GosZakup.Console.Web.Features.OwnerReports;

/// <summary>The Supervisor's report to the Owner and the Working Group (R2 §15.9, §16.9): a preview of the letter, and
/// recording it as sent, which keeps the prevention advice, meets the <c>owner-report</c> duty and adds the timeline
/// entry in one transaction.</summary>
public sealed class OwnerReportCommands(
    IDbContextFactory<AppDbContext> dbFactory, OwnerReportQuery query, OwnerReportPreviews previews, IncidentNotifier notifier,
    TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    /// <summary>Renders the unsent letter with the advice as typed and keeps it briefly for its preview link.</summary>
    public async Task<CommandResult<string>> PreviewAsync(string number, OwnerReportForm form, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (Validate(form) is { } invalid) return invalid.As<string>();
        if (!user.IsInRole(StaffRole.Supervisor)) return CommandResult<string>.Refused(RefusalCode.RoleNotAllowed, "Incident.Error.Role");
        var view = await query.LoadAsync(number, ct);
        if (view is null) return CommandResult<string>.Refused(RefusalCode.NotFound, "Incident.Error.NotFound");
        if (Refusal(view) is { } refusal) return refusal.As<string>();
        var document = query.Document(view, form.PreventionKk, form.PreventionRu, clock.GetUtcNow().UtcDateTime, Name(user), draft: true)!;
        var token = previews.Keep(Infrastructure.Documents.OwnerReportPdf.Render(document), Name(user));
        return CommandResult<string>.Ok(OwnerReportFile.PreviewLink(number, token));
    }

    public async Task<CommandResult> RecordSentAsync(Guid incidentId, Guid version, OwnerReportForm form, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (Validate(form) is { } invalid) return invalid;
        if (!user.IsInRole(StaffRole.Supervisor)) return CommandResult.Refused(RefusalCode.RoleNotAllowed, "Incident.Error.Role");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var incident = await db.Set<IncidentRecord>().FirstOrDefaultAsync(i => i.Id == incidentId, ct);
        if (incident is null) return CommandResult.Refused(RefusalCode.NotFound, "Incident.Error.NotFound");
        if (incident.Version != version) return CommandResult.Refused(RefusalCode.Stale, "Incident.Error.Changed");
        var view = await query.LoadAsync(incident.Number, ct);
        if (view is null) return CommandResult.Refused(RefusalCode.NotFound, "Incident.Error.NotFound");
        if (Refusal(view) is { } refusal) return refusal;

        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        (incident.PreventionKk, incident.PreventionRu) = (form.PreventionKk.Trim(), form.PreventionRu.Trim());
        (incident.OwnerReportSentAtUtc, incident.OwnerReportSentBy) = (now.ToDateTimeUtc(), Name(user));
        await IncidentCommands.MeetAsync(db, incident.Id, ObligationCatalogue.OwnerReportMedium.Code, now, Name(user), l["OwnerReport.Met"], ct);
        db.Set<IncidentEventRecord>().Add(Timeline.OwnerReportSent(incident.PreventionKk, incident.PreventionRu).For(incident.Id, now.ToDateTimeUtc(), user));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Refused(RefusalCode.Stale, "Incident.Error.Changed");
        }
        notifier.Changed(incident.Id);
        return CommandResult.Ok();
    }

    /// <summary>Why the report cannot be sent now, or null.</summary>
    private static CommandResult? Refusal(OwnerReportView view)
    {
        if (view.IsSent) return CommandResult.Refused(RefusalCode.AlreadyDone, "OwnerReport.Error.AlreadySent");
        if (!view.Applies) return CommandResult.Refused(RefusalCode.NotAllowedFromStatus, "OwnerReport.Error.NotDue");
        return view.Cause is null ? CommandResult.Refused(RefusalCode.NotAllowedFromStatus, "OwnerReport.Error.NotClassified") : null;
    }

    private static CommandResult? Validate(OwnerReportForm form)
    {
        var errors = new Dictionary<string, ResourceText>();
        TextFieldRules.Check(errors, nameof(form.PreventionKk), form.PreventionKk, OwnerReportForm.MaxLength, required: true, "OwnerReport.Error.Required");
        TextFieldRules.Check(errors, nameof(form.PreventionRu), form.PreventionRu, OwnerReportForm.MaxLength, required: true, "OwnerReport.Error.Required");
        return errors.Count == 0 ? null : CommandResult.Invalid(errors);
    }

    private static string Name(ClaimsPrincipal user) => user.Identity?.Name ?? "?";
}
