using GosZakup.Console.Domain.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NodaTime;

namespace GosZakup.Console.Infrastructure.Calendar;

/// <summary>A calendar exception as stored: seeded from <c>assets/calendars/{calendar}</c>, edited by Admins (audited).</summary>
public sealed class CalendarOverrideRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Which calendar the exception belongs to: each has its own days.</summary>
    public CalendarName Calendar { get; set; } = CalendarName.ContactCentre;
    public DateOnly Date { get; set; }
    public OverrideKind Kind { get; set; }
    public TimeOnly? Opens { get; set; }
    public TimeOnly? Closes { get; set; }
    public TimeOnly? LunchStarts { get; set; }
    public TimeOnly? LunchEnds { get; set; }
    public string ReasonKk { get; set; } = "";
    public string ReasonRu { get; set; } = "";
    public string ReasonEn { get; set; } = "";
    public string Source { get; set; } = "";

    /// <summary>Optimistic concurrency: two Admins editing the same day cannot overwrite each other.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public CalendarOverride ToDomain() => new(
        LocalDate.FromDateOnly(Date), Kind,
        Opens is { } opens && Closes is { } closes
            ? new WorkingHours(LocalTime.FromTimeOnly(opens), LocalTime.FromTimeOnly(closes), Time(LunchStarts), Time(LunchEnds))
            : null,
        new LocalizedText(ReasonKk, ReasonRu, ReasonEn), Source);

    public static CalendarOverrideRecord From(CalendarName calendar, CalendarOverride entry) =>
        new CalendarOverrideRecord { Calendar = calendar }.CopyFrom(entry);

    public CalendarOverrideRecord CopyFrom(CalendarOverride entry)
    {
        Date = entry.Date.ToDateOnly();
        Kind = entry.Kind;
        Opens = entry.Hours?.Opens.ToTimeOnly();
        Closes = entry.Hours?.Closes.ToTimeOnly();
        LunchStarts = entry.Hours?.LunchStarts?.ToTimeOnly();
        LunchEnds = entry.Hours?.LunchEnds?.ToTimeOnly();
        (ReasonKk, ReasonRu, ReasonEn, Source) = (entry.Reason.Kk, entry.Reason.Ru, entry.Reason.En, entry.Source);
        return this;
    }

    private static LocalTime? Time(TimeOnly? time) => time is { } t ? LocalTime.FromTimeOnly(t) : null;
}

internal sealed class CalendarOverrideConfiguration : IEntityTypeConfiguration<CalendarOverrideRecord>
{
    public void Configure(EntityTypeBuilder<CalendarOverrideRecord> entry)
    {
        entry.ToTable("CalendarOverrides");
        entry.Property(o => o.Calendar).HasConversion<string>().HasMaxLength(20).HasDefaultValue(CalendarName.ContactCentre).HasSentinel(0);
        entry.HasIndex(o => new { o.Calendar, o.Date }).IsUnique();
        entry.Property(o => o.Kind).HasConversion<string>().HasMaxLength(30);
        entry.Property(o => o.ReasonKk).HasMaxLength(300);
        entry.Property(o => o.ReasonRu).HasMaxLength(300);
        entry.Property(o => o.ReasonEn).HasMaxLength(300);
        entry.Property(o => o.Source).HasMaxLength(2000); // the shipped calendars cite decrees at up to ~620 characters
        entry.Property(o => o.Version).IsConcurrencyToken();
    }
}
