using System.Security.Claims;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.WorkingGroup;
using GosZakup.Console.Web.Commands;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Incidents;

/// <summary>R2 §25: "in order to confirm" a failure that may be medium or high, the operator alerts the Owner's unit for
/// informatisation and information security and the Working Group first; the group's information-security members take
/// part in confirming or refuting it. The console's reading: a medium or high confirmation is refused until the written
/// alert has gone out, and once it has, the decision (confirmation or refutation) records who of those members took part,
/// or says on purpose that none did. Raising a level after the confirmation needs no new alert: the clause speaks of
/// confirming, and the raise alerts the Working Group itself (R2 §15.1, §16.1).</summary>
public sealed partial class IncidentCommands
{
    /// <summary>In one transaction: plans the <c>confirmation-alert</c> duty (unless one is open), queues the alert to every active
    /// contact of both lists, records it on the incident and its timeline, and meets the duty. The phone calls of the same
    /// clause are logged in the contact log.</summary>
    public Task<CommandResult> SendConfirmationAlertAsync(Guid id, Guid version, Severity suspected, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!SeverityWizard.NeedsConfirmationAlert(suspected)) return Task.FromResult(CommandResult.Refused(RefusalCode.OutOfRange,
            "Incident.Error.AlertNotNeeded"));
        return RunAsync(id, version, null, user, async (db, incident, now) =>
        {
            if (incident.Status is not (IncidentStatus.Registered or IncidentStatus.UnderAnalysis)) return Refuse(RefusalCode.NotAllowedFromStatus,
                "Incident.Error.AlertNotNow");
            if (incident.ConfirmationAlertSentAtUtc is { } sent) return Refuse(RefusalCode.AlreadyDone, "Incident.Error.AlertAlreadySent", Astana(sent));
            var recipients = await db.Set<WorkingGroupMemberRecord>().Where(m => m.Active).ToListAsync(ct);
            if (!recipients.Any(r => r.Unit == ContactUnit.OwnerUnit)) return Refuse(RefusalCode.NotAllowedFromStatus, "Incident.Error.NoOwnerUnitContacts");
            if (!recipients.Any(r => r.Unit == ContactUnit.WorkingGroup)) return Refuse(RefusalCode.NotAllowedFromStatus,
                "Incident.Error.NoWorkingGroupMembers");

            await PlanUnlessOpenAsync(db, incident.Id, new ObligationEvent(ObligationTrigger.SevereFailureSuspected, now, suspected), ct);
            // The Owner's unit first, as the clause names it.
            var addresses = await notices.AlertBeforeConfirmationAsync(db, incident, suspected,
                recipients.OrderByDescending(r => r.Unit).ThenBy(r => r.FullName, StringComparer.Ordinal), ct);
            (incident.ConfirmationAlertSentAtUtc, incident.ConfirmationAlertSentByName) = (now.ToDateTimeUtc(), Name(user));
            await MeetAsync(db, incident.Id, ObligationCatalogue.ConfirmationAlert.Code, now, Name(user),
                l["Incident.Met.MailTo", string.Join(", ", addresses)], ct);
            return Timeline.ConfirmationAlertSent(suspected, addresses);
        }, ct, refuseUnlessRole: [.. IncidentLifecycle.RolesFor(IncidentAction.Confirm)]);
    }

    private async Task<DateTime?> AlertSentAtAsync(Guid id, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<IncidentRecord>().Where(i => i.Id == id).Select(i => i.ConfirmationAlertSentAtUtc).FirstOrDefaultAsync(ct);
    }

    private static CommandResult? ValidateParticipants(DecisionForm form, bool required)
    {
        if (form.NoSecurityMemberTookPart && form.SecurityMemberIds.Count > 0)
            return CommandResult.Invalid(nameof(form.SecurityMemberIds), "Incident.Error.ParticipantsOrNone");
        return required && !form.NoSecurityMemberTookPart && form.SecurityMemberIds.Count == 0
            ? CommandResult.Invalid(nameof(form.SecurityMemberIds), "Incident.Error.ParticipantsRequired")
            : null;
    }

    /// <summary>Adds the participants to <paramref name="db"/>; each must be an active information-security member of the Working Group.</summary>
    /// <returns>The timeline's line about them (null when nothing was recorded), or why not.</returns>
    private static async Task<(TimelineArg? Line, CommandResult? Refusal)> RecordParticipantsAsync(AppDbContext db, IncidentRecord incident, DecisionForm form,
        CancellationToken ct)
    {
        var ids = form.SecurityMemberIds.ToList();
        var members = ids.Count == 0 ? [] : await db.Set<WorkingGroupMemberRecord>()
            .ActiveSecurityMembers().Where(m => ids.Contains(m.Id)).ToListAsync(ct);
        if (members.Count != ids.Count) return (null, CommandResult.Refused(RefusalCode.Stale, "Incident.Error.ParticipantUnknown"));
        incident.NoSecurityMemberTookPart = form.NoSecurityMemberTookPart;
        var names = members.Select(m => m.FullName).Order(StringComparer.Ordinal).ToList();
        foreach (var member in members)
            db.Add(new SecurityParticipantRecord { IncidentId = incident.Id, MemberId = member.Id, FullName = member.FullName });
        return (Timeline.Participants(names, form.NoSecurityMemberTookPart), null);
    }
}
