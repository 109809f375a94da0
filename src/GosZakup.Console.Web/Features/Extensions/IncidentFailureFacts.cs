using GosZakup.Console.Domain.Extensions;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Incidents;
using NodaTime;

namespace GosZakup.Console.Web.Features.Extensions;

/// <summary>What the extension engine needs to know of a stored incident and its appeals.</summary>
public static class IncidentFailureFacts
{
    public static FailureFacts From(IncidentRecord incident, IReadOnlyList<AppealRecord> appeals)
    {
        var registered = Instant.FromDateTimeUtc(incident.RegisteredAtUtc);
        // R2 §9: "when there is information about a failure": the first appeal's receipt (an incident has one at least).
        var information = appeals.Select(a => Instant.FromDateTimeUtc(a.ReceivedAtUtc)).DefaultIfEmpty(registered).Min();
        // R2 §6.1: the failure starts when it was detected; an appeal without a detection time counts from its receipt.
        var detected = appeals.Select(a => Instant.FromDateTimeUtc(a.DetectedAtUtc ?? a.ReceivedAtUtc)).DefaultIfEmpty(registered).Min();
        var decided = At(incident.DecidedAtUtc);
        var plannedFix = At(incident.PlannedFixAtUtc);
        var fixedAt = At(incident.FixedAtUtc);
        // A fix recorded before the detection is a data-entry slip the command allows within limits: the failure then starts at the fix.
        foreach (var at in new[] { information, registered, decided, plannedFix, fixedAt })
            if (at is { } value && value < detected) detected = value;
        var confirmed = incident.Status is IncidentStatus.Confirmed or IncidentStatus.Fixing or IncidentStatus.Fixed or IncidentStatus.Closed;
        return new FailureFacts(
            incident.Number,
            incident.SystemModule ?? "",
            detected,
            information,
            decided,
            confirmed ? incident.Severity : null,
            plannedFix,
            fixedAt,
            appeals.Any(a => a.ParticipationBlocked),
            appeals.SelectMany(a => AppealRules.Numbers(a.ProcurementNumbers)).ToHashSet(StringComparer.Ordinal),
            RegionalLoss(incident),
            ForceMajeure(incident));
    }

    /// <summary>R2 §16.6: a regional loss, or force majeure of the whole portal, reaches every procurement, not only the module's.</summary>
    public static bool ReachesEveryModule(IncidentRecord incident) =>
        incident.Severity == Severity.High && (RegionalLoss(incident) is { IsConfirmed: true, LastedMoreThanADay: true }
            || ForceMajeure(incident) is { OwnerAgreement: not null, Module: null });

    private static RegionalInternetLoss? RegionalLoss(IncidentRecord incident) =>
        incident is { RegionalLossRegion: { Length: > 0 } region, RegionalLossFromUtc: { } from, RegionalLossToUtc: { } to }
            ? new RegionalInternetLoss(region, Instant.FromDateTimeUtc(from), Instant.FromDateTimeUtc(to), incident.RegionalLossConfirmation)
            : null;

    private static ForceMajeure? ForceMajeure(IncidentRecord incident)
    {
        if (incident is not { ForceMajeureFromUtc: { } from, ForceMajeureToUtc: { } to }) return null;
        var agreement = incident is { OwnerAgreementBy: { Length: > 0 } by, OwnerAgreementReference: { Length: > 0 } reference, OwnerAgreementAtUtc: { } at }
            ? new OwnerAgreement(by, reference, Instant.FromDateTimeUtc(at))
            : null;
        return new ForceMajeure(incident.Number, Instant.FromDateTimeUtc(from), Instant.FromDateTimeUtc(to), agreement,
            incident.ForceMajeureWholePortal ? null : incident.SystemModule ?? "");
    }

    /// <summary>The sources an incident's orders come from: its R2 §10 window, its failure, the regional loss and the
    /// force majeure it records.</summary>
    public static IReadOnlyList<ExtensionSource> Sources(string incident) =>
    [
        new(ExtensionSourceKind.AnalysisWindow, incident), new(ExtensionSourceKind.Failure, incident),
        new(ExtensionSourceKind.RegionalInternetLoss, incident), new(ExtensionSourceKind.ForceMajeure, incident),
    ];

    private static Instant? At(DateTime? utc) => utc is { } value ? Instant.FromDateTimeUtc(value) : null;
}
