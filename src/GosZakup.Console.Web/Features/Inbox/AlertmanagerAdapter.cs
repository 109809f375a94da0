using System.Text;
using GosZakup.Console.Domain.Incidents;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;

namespace GosZakup.Console.Web.Features.Inbox;

/// <summary>Prometheus Alertmanager's webhook (R2 §5, monitoring tools): each firing alert opens an appeal with
/// the channel Monitoring. Alertmanager repeats notifications; the alert's fingerprint and start make a repeat
/// find the appeal it already opened instead of a second one. Resolved alerts open nothing.</summary>
public static class AlertmanagerAdapter
{
    public sealed record Payload(string? Status, List<Alert>? Alerts);

    public sealed record Alert(string? Status, Dictionary<string, string>? Labels, Dictionary<string, string>? Annotations, DateTimeOffset? StartsAt, string? Fingerprint);

    public sealed record Outcome(int Opened, int Repeated, int Ignored);

    public static async Task<Results<Accepted<Outcome>, ValidationProblem>> PostAsync(Payload payload, AppealIntake intake, TimeProvider clock, CancellationToken ct)
    {
        var (opened, repeated, ignored) = (0, 0, 0);
        var now = clock.GetUtcNow();
        foreach (var alert in payload.Alerts ?? [])
        {
            if (!string.Equals(alert.Status, "firing", StringComparison.OrdinalIgnoreCase) || string.IsNullOrWhiteSpace(alert.Fingerprint))
            {
                ignored++;
                continue;
            }
            var result = await intake.ReceiveAsync(ToForm(alert, now), ct, $"am:{alert.Fingerprint}:{alert.StartsAt?.ToUnixTimeSeconds()}");
            if (!result.Succeeded)
                return TypedResults.ValidationProblem(result.Errors.ToDictionary(e => $"alerts[{alert.Fingerprint}].{e.Key}", e => new[] { e.Value }));
            if (result.Repeated) repeated++;
            else opened++;
        }
        return TypedResults.Accepted("/inbox", new Outcome(opened, repeated, ignored));
    }

    private static AppealForm ToForm(Alert alert, DateTimeOffset now)
    {
        var labels = alert.Labels ?? [];
        var source = labels.GetValueOrDefault("instance") ?? labels.GetValueOrDefault("job") ?? "alertmanager";
        var detected = alert.StartsAt is { } start && start <= now ? start : (DateTimeOffset?)null;
        return new AppealForm
        {
            Channel = AppealChannel.Monitoring,
            ReceivedAt = AppealsApi.Wall(Instant.FromDateTimeOffset(now)),
            DetectedAt = detected is { } d ? AppealsApi.Wall(Instant.FromDateTimeOffset(d)) : null,
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
