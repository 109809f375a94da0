using NodaTime;

namespace GosZakup.Console.Domain.Incidents;

/// <summary>What an appeal must satisfy before the console accepts it (intake forms and the API).</summary>
public static class AppealRules
{
    public const int MaxDescriptionLength = 10_000;
    public const int MaxOrganisationLength = 500;
    public const int MaxEmailLength = 254;

    /// <summary>The announcement or lot numbers one appeal may name: a failure touching more is reported as an
    /// incident, not listed number by number; no real number is longer.</summary>
    public const int MaxNumbers = 100;
    public const int MaxNumberLength = 40;
    public const int MaxNumberListLength = 4_000;

    /// <summary>An appeal entered by hand may carry its real received time, but not one from the future or
    /// more than this long ago (a typo in the year, most likely).</summary>
    public static readonly Duration MaxAge = Duration.FromDays(30);

    /// <summary>A clock skew tolerated for "received" times from other systems.</summary>
    public static readonly Duration FutureTolerance = Duration.FromMinutes(2);

    public static bool IsPlausibleReceivedAt(Instant receivedAt, Instant now) =>
        receivedAt <= now + FutureTolerance && receivedAt >= now - MaxAge;

    /// <summary>R2 §6.1: a report more than an hour after detection is flagged, never refused.</summary>
    public static bool IsLateReport(Instant? detectedAt, Instant receivedAt) =>
        detectedAt is { } detected && receivedAt - detected > Duration.FromHours(1);

    /// <summary>The announcement (or lot) numbers an appeal names, once each, in the order named: the operators separate
    /// them with commas, semicolons, spaces or new lines.</summary>
    public static IReadOnlyList<string> Numbers(string? list) =>
        (list ?? "").Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
