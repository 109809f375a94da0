using System.Security.Claims;
using GosZakup.Console.Domain.Extensions;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Mail;
using GosZakup.Console.Infrastructure.WorkingGroup;
using GosZakup.Console.Web.Security;

namespace GosZakup.Console.Web.Features.Incidents;

/// <summary>What a timeline entry keeps: its code and its typed values, put in words only when a reader reads it
/// (<see cref="TimelineWording"/>). The header is the resource "Timeline.{Kind}", the values fill "Timeline.{Kind}.Detail".</summary>
public sealed record TimelineItem(string Kind, IReadOnlyList<TimelineArg> Args)
{
    public IncidentEventRecord For(Guid incidentId, DateTime atUtc, ClaimsPrincipal user) =>
        By(incidentId, atUtc, user.Identity?.Name ?? "?", user.UserId());

    /// <param name="actorLogin">The login of the person (or the name of the job) that did it.</param>
    public IncidentEventRecord By(Guid incidentId, DateTime atUtc, string actorLogin, string? actorId = null) => new()
    {
        IncidentId = incidentId, AtUtc = atUtc, Kind = Kind, ActorName = actorLogin, ActorId = actorId, Arguments = TimelineArgs.Write(Args),
    };
}

/// <summary>The codes of timeline entries, one factory each, so a writer cannot forget a value and a test renders every
/// code in every language.</summary>
public static class Timeline
{
    public static TimelineItem AppealReceived(AppealChannel channel) => new("AppealReceived", [TimelineArg.Channel(channel)]);

    public static TimelineItem Registered(string incidentNumber) => new("Registered", [TimelineArg.Text(incidentNumber)]);

    public static TimelineItem Assigned() => new("Assigned", []);

    /// <param name="participants">R2 §25: the line about the Working Group's security members, if the decision recorded one.</param>
    public static TimelineItem Confirmed(Severity level, DateTime plannedFixUtc, TimelineArg? participants) =>
        new("Confirmed", Lines([TimelineArg.Level(level), TimelineArg.At(plannedFixUtc)], participants));

    public static TimelineItem Refuted(string reproductionResult, TimelineArg? participants) =>
        new("Refuted", Lines([TimelineArg.Note(reproductionResult)], participants));

    /// <summary>R2 §25: who of the Working Group's information-security members took part, or that none did on purpose.</summary>
    public static TimelineArg? Participants(IReadOnlyList<string> names, bool noneTookPart) =>
        names.Count > 0 ? TimelineArg.Phrase("Incident.Event.SecurityParticipants", string.Join(", ", names))
        : noneTookPart ? TimelineArg.Phrase("Incident.Event.NoSecurityParticipant") : null;

    public static TimelineItem Classified(string causeCode) => new("Classified", [TimelineArg.Cause(causeCode)]);

    public static TimelineItem LevelChanged(Severity from, Severity to, string? reason) =>
        new("LevelChanged", Lines([TimelineArg.Level(from), TimelineArg.Level(to)], Note(reason)));

    public static TimelineItem PlannedFixChanged(DateTime plannedFixUtc) => new("PlannedFixChanged", [TimelineArg.At(plannedFixUtc)]);

    public static TimelineItem FixStarted() => new("FixStarted", []);

    public static TimelineItem Fixed(DateTime fixedUtc) => new("Fixed", [TimelineArg.At(fixedUtc)]);

    public static TimelineItem Closed() => new("Closed", []);

    public static TimelineItem ConfirmationAlertSent(Severity suspected, IEnumerable<string> addresses) =>
        new("ConfirmationAlertSent", [TimelineArg.Level(suspected), TimelineArg.Text(string.Join(", ", addresses))]);

    public static TimelineItem NoticeQueued(string mailKind, IEnumerable<string> recipients) =>
        new("NoticeQueued", [TimelineArg.Mail(mailKind), TimelineArg.Text(string.Join(", ", recipients))]);

    public static TimelineItem MailSent(string mailKind, string subject) => new("MailSent", [TimelineArg.Mail(mailKind), TimelineArg.Text(subject)]);

    public static TimelineItem MailWaiting(string mailKind) => new("MailWaiting", [TimelineArg.Mail(mailKind)]);

    /// <summary>A mail the server has not taken yet: why, in words, and when it is tried again. The server's own text
    /// stays in the log and the outbox row (issue 16 §5).</summary>
    public static TimelineItem MailFailing(string mailKind, string error, int attempts, DateTime nextAttemptUtc) =>
        new("MailFailing",
            [TimelineArg.Mail(mailKind), TimelineArg.Word($"Mail.Failure.{MailFailures.Of(error)}"), TimelineArg.Number(attempts),
                TimelineArg.At(nextAttemptUtc)]);

    /// <summary>A call or a letter given outside the console: who, and what came of it, as typed.</summary>
    public static TimelineItem Contact(ContactKind kind, string contact, string outcome) =>
        new(kind.ToString(), [TimelineArg.Text(contact), TimelineArg.Note(outcome)]);

    public static TimelineItem AnnouncementPublished(string titleKk, string titleRu) => new("AnnouncementPublished", [TimelineArg.Bilingual(titleKk, titleRu)]);

    public static TimelineItem EvidenceAdded(string fileName) => new("EvidenceAdded", [TimelineArg.Text(fileName)]);

    public static TimelineItem Linked(string otherNumber, string? note) => new("Linked", Lines([TimelineArg.Text(otherNumber)], Note(note)));

    public static TimelineItem Unlinked(string otherNumber) => new("Unlinked", [TimelineArg.Text(otherNumber)]);

    public static TimelineItem Referred(ReferralKind kind, string addressee, string? letterReference, string? ownerConsent) =>
        new(kind == ReferralKind.LawEnforcement ? "ReferredToLawEnforcement" : "OutsideSpecialistsCalled", Lines([TimelineArg.Text(addressee)],
            letterReference is null ? null : TimelineArg.Phrase("Referral.LetterShort", letterReference),
            ownerConsent is null ? null : TimelineArg.Phrase("Referral.ConsentShort", ownerConsent)));

    public static TimelineItem ExtensionsApproved(int orders) => new("ExtensionsApproved", [TimelineArg.Number(orders)]);

    public static TimelineItem ExtensionsPublished(int orders) => new("ExtensionsPublished", [TimelineArg.Number(orders)]);

    public static TimelineItem ExtensionOverridden(string procurementNumber, DeadlineKind deadline, DateTime newUtc, string reason) =>
        new("ExtensionOverridden",
            [TimelineArg.Text(procurementNumber), TimelineArg.Word($"Procurements.Deadline.{deadline}"), TimelineArg.At(newUtc), TimelineArg.Note(reason)]);

    /// <param name="confirmation">Who confirmed the loss, as typed; without it nothing moves.</param>
    public static TimelineItem RegionalLossRecorded(string region, DateTime fromUtc, DateTime toUtc, string? confirmation) =>
        new("RegionalLossRecorded", Lines([TimelineArg.Text(region), TimelineArg.At(fromUtc), TimelineArg.At(toUtc)],
            confirmation is null ? TimelineArg.Phrase("Extensions.Circumstances.NotConfirmed") : TimelineArg.Note(confirmation)));

    public static TimelineItem ForceMajeureRecorded(DateTime fromUtc, DateTime toUtc, string description, string? agreementBy, string? agreementReference) =>
        new("ForceMajeureRecorded", [TimelineArg.At(fromUtc), TimelineArg.At(toUtc), TimelineArg.Note(description),
            agreementBy is null ? TimelineArg.Phrase("Extensions.Circumstances.NoAgreement") : TimelineArg.Note($"{agreementBy}, {agreementReference}")]);

    public static TimelineItem ForceMajeureNoticeSent(IEnumerable<string> recipients, string bodyKk, string bodyRu) =>
        new("ForceMajeureNoticeSent", [TimelineArg.Text(string.Join(", ", recipients)), TimelineArg.Bilingual(bodyKk, bodyRu)]);

    /// <param name="corrects">The signed Act a correction replaces.</param>
    public static TimelineItem ActDrafted(string actNumber, string? corrects = null) =>
        new("ActDrafted", Lines([TimelineArg.Text(actNumber)], corrects is null ? null : TimelineArg.Phrase("Timeline.ActDrafted.Corrects", corrects)));

    /// <summary>A step of an Act (ActSaved, ActSubmitted, ActReturned, ActPublished) with the comment typed, if any.</summary>
    public static TimelineItem ActStep(string kind, string actNumber, string? comment = null) => new(kind, Lines([TimelineArg.Text(actNumber)], Note(comment)));

    public static TimelineItem ActSigned(string actNumber, string signerName) => new("ActSigned", [TimelineArg.Text(actNumber), TimelineArg.Text(signerName)]);

    /// <summary>A step of a supplier's security after an Act (SecurityReturned, SecurityCredited, SecurityLetter, SecurityRefunded).</summary>
    public static TimelineItem SecurityStep(string kind, string actNumber, string supplier, string taxpayerNumber, decimal amount, DateTime atUtc) =>
        new(kind, [TimelineArg.Text(actNumber), TimelineArg.Text(supplier), TimelineArg.Text(taxpayerNumber), TimelineArg.Money(amount),
            TimelineArg.At(atUtc)]);

    public static TimelineItem ComplaintReceived(string letterNumber, string subject) =>
        new("ComplaintReceived", [TimelineArg.Text(letterNumber), TimelineArg.Note(subject)]);

    public static TimelineItem ComplaintAnswered(string letterNumber, ComplaintPriority priority, bool confirmed) =>
        new("ComplaintAnswered", [TimelineArg.Text(letterNumber), TimelineArg.Word($"Complaints.Priority.{priority}"),
            TimelineArg.Word(confirmed ? "Complaints.Confirmed" : "Complaints.NotConfirmed")]);

    public static TimelineItem OwnerReportSent(string preventionKk, string preventionRu) =>
        new("OwnerReportSent", [TimelineArg.Bilingual(preventionKk, preventionRu)]);

    private static TimelineArg? Note(string? text) => string.IsNullOrWhiteSpace(text) ? null : TimelineArg.Note(text.Trim());

    private static TimelineArg[] Lines(TimelineArg[] values, params TimelineArg?[] lines) => [.. values, .. lines.OfType<TimelineArg>()];
}
