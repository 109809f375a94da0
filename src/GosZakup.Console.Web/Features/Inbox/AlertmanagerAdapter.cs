using System.Data.Common;
using System.Text;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GosZakup.Console.Web.Features.Inbox;

/// <summary>Prometheus Alertmanager's webhook (R2 §5, monitoring tools): each firing alert opens an appeal with
/// the channel Monitoring; while that appeal is open, the alert's later firings join it (<see cref="MonitoringStorm"/>).
/// Each alert of a batch is checked on its own: every good one is stored, every bad one is logged and listed in
/// the answer with its reasons, and the answer is 202, since Alertmanager does not resend on 4xx and resending would
/// not mend a bad alert. When storing fails (the database locked or down), the answer is 503, which Alertmanager
/// resends whole; the alerts stored before the failure are found again by fingerprint and start, not doubled.
/// Resolved alerts open nothing.</summary>
public static class AlertmanagerAdapter
{
    public sealed record Payload(string? Status, List<Alert?>? Alerts);

    public sealed record Alert(string? Status, Dictionary<string, string>? Labels, Dictionary<string, string>? Annotations, DateTimeOffset? StartsAt,
        string? Fingerprint);

    /// <summary>An alert not stored, by its place in the batch (from 0), and why, in the caller's language.</summary>
    public sealed record Rejection(int Index, string? Fingerprint, IReadOnlyList<string> Reasons);

    public sealed record Outcome(int Opened, int Joined, int Repeated, int Ignored, IReadOnlyList<Rejection> Rejected);

    private const int MaxFingerprint = 64;

    public static async Task<Results<Accepted<Outcome>, ProblemHttpResult>> PostAsync(
        Payload payload, AppealIntake intake, MonitoringStorm storm, TimeProvider clock, IStringLocalizer<SharedResource> l,
        ILoggerFactory logs, HttpContext http, CancellationToken ct)
    {
        var log = logs.CreateLogger(typeof(AlertmanagerAdapter).FullName!);
        var alerts = payload.Alerts ?? [];
        var (opened, joined, repeated, ignored, rejected) = (0, 0, 0, 0, new List<Rejection>());
        var now = clock.GetUtcNow();
        for (var index = 0; index < alerts.Count; index++)
        {
            var alert = alerts[index];
            if (alert is not null && string.Equals(alert.Status, "resolved", StringComparison.OrdinalIgnoreCase))
            {
                ignored++;
                continue;
            }
            var reasons = Check(alert, l);
            if (reasons.Count == 0)
            {
                try
                {
                    var (outcome, errors) = await StoreAsync(alert!, intake, storm, now, l, ct);
                    reasons = errors;
                    if (outcome == AlertJoin.None && errors.Count == 0) opened++;
                    else if (outcome == AlertJoin.Joined) joined++;
                    else if (outcome == AlertJoin.Repeated) repeated++;
                }
                catch (Exception e) when (e is DbException or DbUpdateException)
                {
                    log.LogError(e, "Alertmanager: storing alert {Index} of {Count} failed; answered 503 so the batch is sent again", index, alerts.Count);
                    http.Response.Headers.RetryAfter = "30";
                    return TypedResults.Problem(l["Alert.StorageFailed"], statusCode: StatusCodes.Status503ServiceUnavailable);
                }
            }
            if (reasons.Count == 0) continue;
            rejected.Add(new Rejection(index, alert?.Fingerprint, reasons));
            log.LogWarning("Alertmanager: alert {Index} ({Fingerprint}) rejected: {Reasons}", index, alert?.Fingerprint, string.Join("; ", reasons));
        }
        return TypedResults.Accepted("/inbox", new Outcome(opened, joined, repeated, ignored, rejected));
    }

    private static List<string> Check(Alert? alert, IStringLocalizer<SharedResource> l)
    {
        if (alert is null) return [l["Alert.Empty"]];
        var reasons = new List<string>();
        if (!string.Equals(alert.Status, "firing", StringComparison.OrdinalIgnoreCase)) reasons.Add(l["Alert.UnknownStatus"]);
        if (string.IsNullOrWhiteSpace(alert.Fingerprint)) reasons.Add(l["Alert.NoFingerprint"]);
        else if (alert.Fingerprint.Length > MaxFingerprint || !alert.Fingerprint.All(char.IsAsciiLetterOrDigit))
            reasons.Add(l["Alert.BadFingerprint", MaxFingerprint]);
        if (alert.StartsAt is null) reasons.Add(l["Alert.NoStart"]);
        return reasons;
    }

    /// <summary>Joins the alert's open appeal, or opens one; a firing already stored (a retried batch) is found by its
    /// fingerprint and start.</summary>
    private static async Task<(AlertJoin Join, List<string> Errors)> StoreAsync(Alert alert, AppealIntake intake, MonitoringStorm storm, DateTimeOffset now,
        IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var origin = new AlertOrigin(alert.Fingerprint!, alert.StartsAt!.Value.UtcDateTime);
        var (join, _) = await storm.JoinAsync(origin, now.UtcDateTime, ct);
        if (join != AlertJoin.None) return (join, []);
        var result = await intake.ReceiveAsync(ToForm(alert, now), ct, $"am:{alert.Fingerprint}:{alert.StartsAt.Value.ToUnixTimeSeconds()}", origin);
        if (!result.Succeeded) return (AlertJoin.None, [.. l.FieldTexts(result).Values, .. l.RefusalText(result) is { } c ? new[] { c } : []]);
        return (result.Value!.Repeated ? AlertJoin.Repeated : AlertJoin.None, []);
    }

    private static AppealForm ToForm(Alert alert, DateTimeOffset now)
    {
        var labels = alert.Labels ?? [];
        var source = labels.GetValueOrDefault("instance") ?? labels.GetValueOrDefault("job") ?? "alertmanager";
        var detected = alert.StartsAt is { } start && start <= now ? start : (DateTimeOffset?)null;
        return new AppealForm
        {
            Channel = AppealChannel.Monitoring,
            ReceivedAt = AstanaTime.ToWallClock(now),
            DetectedAt = detected is { } d ? AstanaTime.ToWallClock(d) : null,
            OrganisationName = Plain($"Monitoring: {source}", 500),
            Description = Plain(Describe(alert, labels), Domain.Incidents.AppealRules.MaxDescriptionLength),
        };
    }

    private static string Describe(Alert alert, Dictionary<string, string> labels)
    {
        var text = new StringBuilder();
        text.AppendLine(labels.GetValueOrDefault("alertname") ?? "alert");
        foreach (var key in new[] { "summary", "description" })
            if (alert.Annotations?.GetValueOrDefault(key) is { Length: > 0 } value) text.AppendLine(value);
        text.Append("labels: ").AppendJoin(", ", labels.OrderBy(l => l.Key).Select(l => $"{l.Key}={l.Value}"));
        return text.ToString();
    }

    /// <summary>Alert text is machine-written; angle brackets are shown as look-alikes rather than refused as markup.</summary>
    private static string Plain(string text, int max)
    {
        var plain = text.Replace('<', '‹').Replace('>', '›').Trim();
        return plain.Length <= max ? plain : plain[..max];
    }
}
