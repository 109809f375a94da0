using NodaTime;

namespace GosZakup.Console.Domain.Calendar;

/// <summary>
/// Astana time (R1 §4, R2 §6-§9): every clause of the Rules is read in it. Astana has no IANA zone of
/// its own; it keeps Asia/Almaty's clock (UTC+6 until 1 March 2024, UTC+5 since). The zone comes from
/// NodaTime's embedded TZDB so the host's tzdata cannot move a legal deadline.
/// </summary>
public static class AstanaTime
{
    public const string ZoneId = "Asia/Almaty";

    public static DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb[ZoneId];

    public static ZonedDateTime FromUtc(DateTime utc)
    {
        if (utc.Kind == DateTimeKind.Local)
            throw new ArgumentException("Instants are kept in UTC; a local DateTime is a bug.", nameof(utc));
        return Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).InZone(Zone);
    }

    public static ZonedDateTime FromInstant(DateTimeOffset instant) => Instant.FromDateTimeOffset(instant).InZone(Zone);

    /// <summary>The local date-time as it was read on an Astana clock, converted to a UTC instant.</summary>
    public static DateTime ToUtc(LocalDateTime astana) => Zone.AtLeniently(astana).ToDateTimeUtc();

    /// <summary>
    /// A time typed or picked on a form (an Astana wall-clock reading, kind Unspecified) as the UTC instant it
    /// names. A reading that falls in a gap or overlap is resolved leniently, as <see cref="ToUtc"/> does.
    /// </summary>
    public static DateTime FromWallClock(DateTime astanaWallClock) => ToUtc(LocalDateTime.FromDateTime(astanaWallClock));

    /// <summary>A UTC instant as a form field shows it: the Astana wall-clock reading, kind Unspecified.</summary>
    public static DateTime ToWallClock(DateTime utc) => FromUtc(utc).LocalDateTime.ToDateTimeUnspecified();

    /// <inheritdoc cref="ToWallClock(DateTime)"/>
    public static DateTime ToWallClock(DateTimeOffset instant) => FromInstant(instant).LocalDateTime.ToDateTimeUnspecified();

    /// <inheritdoc cref="ToWallClock(DateTime)"/>
    public static DateTime ToWallClock(Instant instant) => instant.InZone(Zone).LocalDateTime.ToDateTimeUnspecified();

    /// <summary>"20.11.2026 18:00": a UTC instant as the Astana clock reads it.</summary>
    public static string Text(DateTime utc) => FromUtc(utc).ToString("dd.MM.yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"20.11.2026 18:00 (UTC+5)": the same, labelled with its offset.</summary>
    public static string Labelled(DateTime utc) => $"{Text(utc)} ({OffsetLabel(FromUtc(utc))})";

    /// <inheritdoc cref="Labelled(DateTime)"/>
    public static string Labelled(Instant instant) => Labelled(instant.ToDateTimeUtc());

    /// <summary>
    /// "20.11.2026 08:00 — 20.11.2026 18:00 (UTC+5)": a period, labelled once; when its ends fall on different
    /// offsets (across 1 March 2024) each end carries its own label.
    /// </summary>
    public static string LabelledRange(DateTime fromUtc, DateTime toUtc) =>
        Offset(fromUtc) == Offset(toUtc) ? $"{Text(fromUtc)} — {Labelled(toUtc)}" : $"{Labelled(fromUtc)} — {Labelled(toUtc)}";

    /// <summary>"UTC+5": the label of the offset in force at a UTC instant.</summary>
    public static string Offset(DateTime utc) => OffsetLabel(FromUtc(utc));

    /// <summary>"UTC+5" (or "UTC+6" for instants before 1 March 2024): the label shown beside every time.</summary>
    public static string OffsetLabel(ZonedDateTime at)
    {
        var offset = at.Offset;
        var hours = offset.Milliseconds / 3_600_000;
        var minutes = Math.Abs(offset.Milliseconds / 60_000 % 60);
        var sign = offset.Milliseconds < 0 ? "-" : "+";
        return minutes == 0 ? $"UTC{sign}{Math.Abs(hours)}" : $"UTC{sign}{Math.Abs(hours)}:{minutes:00}";
    }
}
