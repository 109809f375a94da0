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
        // R2 §6.1: the failure starts when it was detected; an appeal without a detection time counts from its receipt.
        var detected = appeals.Select(a => Instant.FromDateTimeUtc(a.DetectedAtUtc ?? a.ReceivedAtUtc)).DefaultIfEmpty(registered).Min();
        var decided = At(incident.DecidedAtUtc);
        var plannedFix = At(incident.PlannedFixAtUtc);
        var fixedAt = At(incident.FixedAtUtc);
        // A fix recorded before the detection is a data-entry slip the command allows within limits: the failure then starts at the fix.
        foreach (var at in new[] { registered, decided, plannedFix, fixedAt })
            if (at is { } value && value < detected) detected = value;
        var confirmed = incident.Status is nameof(IncidentStatus.Confirmed) or nameof(IncidentStatus.Fixing) or nameof(IncidentStatus.Fixed) or nameof(IncidentStatus.Closed);
        return new FailureFacts(
            incident.Number,
            incident.SystemModule ?? "",
            detected,
            registered,
            decided,
            confirmed ? incident.Severity : null,
            plannedFix,
            fixedAt,
            appeals.Any(a => a.ParticipationBlocked),
            appeals.SelectMany(a => AppealRules.Numbers(a.ProcurementNumbers)).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>The sources an incident's orders come from: its R2 §10 window and its failure.</summary>
    public static IReadOnlyList<ExtensionSource> Sources(string incident) =>
        [new(ExtensionSourceKind.AnalysisWindow, incident), new(ExtensionSourceKind.Failure, incident)];

    private static Instant? At(DateTime? utc) => utc is { } value ? Instant.FromDateTimeUtc(value) : null;
}
