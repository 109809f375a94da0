using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Obligations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GosZakup.Console.Infrastructure.Obligations;

/// <summary>One obligation instance: its deadline computed once and stored with the calendar version
/// used, so Acts and reports stay reproducible; warnings stored so reminders can be polled cheaply.</summary>
public sealed class ObligationRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Code { get; set; } = "";
    public string Clause { get; set; } = "";

    /// <summary>What the obligation is about, e.g. ("Appeal", id) or ("Incident", id).</summary>
    public string SubjectType { get; set; } = "";
    public string SubjectId { get; set; } = "";

    public ObligationTrigger Trigger { get; set; }
    public Severity? TriggerSeverity { get; set; }
    public AppealChannel? TriggerChannel { get; set; }
    public DateTime TriggeredAtUtc { get; set; }
    public DateTime? DueAtUtc { get; set; }
    public DateTime? TargetAtUtc { get; set; }
    public DateTime? Warn50AtUtc { get; set; }
    public DateTime? Warn80AtUtc { get; set; }
    public Counting Counting { get; set; }

    /// <summary>Whose working days the deadline counts on (shown beside it).</summary>
    public CalendarName Calendar { get; set; } = CalendarName.ContactCentre;
    public string CalendarVersion { get; set; } = "";
    public DateTime? MetAtUtc { get; set; }

    /// <summary>Who fulfilled it and how ("mail to a@b.kz", "phone call: reached, told the level").</summary>
    public string? MetByName { get; set; }
    public string? MetNote { get; set; }
    public bool Waived { get; set; }
    public string? WaivedReason { get; set; }
    public string? WaivedBy { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public bool IsOpen => MetAtUtc is null && !Waived;

    /// <summary>Records the duty fulfilled: when, by whom and how (cut to the column's 500 characters). A duty already met
    /// or waived keeps what it has; returns whether this call met it. The save gives it a new Version.</summary>
    public bool Meet(DateTime atUtc, string? by = null, string? note = null)
    {
        if (!IsOpen) return false;
        (MetAtUtc, MetByName, MetNote) = (atUtc, by, note is { Length: > 500 } ? note[..499] + "…" : note);
        return true;
    }

    /// <summary>Records that the duty is no longer owed, and why (the Rules stopped requiring it). Only an open duty is
    /// waived; returns whether this call waived it.</summary>
    public bool Waive(string reason, string by)
    {
        if (!IsOpen) return false;
        (Waived, WaivedReason, WaivedBy) = (true, reason.Trim(), by);
        return true;
    }

    /// <summary>The calendar to show beside the deadline: only a count of working time depends on one.</summary>
    public CalendarName? CountsOn => Counting == Counting.WorkingTime ? Calendar : null;

    public ObligationEvent TriggerEvent() =>
        new(Trigger, NodaTime.Instant.FromDateTimeUtc(TriggeredAtUtc), TriggerSeverity, TriggerChannel);

    /// <summary>Stores a planned deadline (new, or recomputed on a new calendar version).</summary>
    public ObligationRecord Apply(PlannedObligation plan)
    {
        (Code, Clause, Counting, Calendar, CalendarVersion) = (plan.Code, plan.Clause, plan.Counting, plan.Calendar, plan.CalendarVersion);
        TriggeredAtUtc = plan.TriggeredAt.ToDateTimeUtc();
        DueAtUtc = plan.DueAt?.ToDateTimeUtc();
        TargetAtUtc = plan.TargetAt?.ToDateTimeUtc();
        Warn50AtUtc = plan.Warn50At?.ToDateTimeUtc();
        Warn80AtUtc = plan.Warn80At?.ToDateTimeUtc();
        MetAtUtc ??= plan.MetAt?.ToDateTimeUtc();
        return this;
    }
}

internal sealed class ObligationConfiguration : IEntityTypeConfiguration<ObligationRecord>
{
    public void Configure(EntityTypeBuilder<ObligationRecord> entry)
    {
        entry.ToTable("Obligations");
        entry.Property(o => o.Code).HasMaxLength(40);
        entry.Property(o => o.Clause).HasMaxLength(60);
        entry.Property(o => o.SubjectType).HasMaxLength(40);
        entry.Property(o => o.SubjectId).HasMaxLength(64);
        entry.Property(o => o.Trigger).HasConversion<string>().HasMaxLength(40);
        entry.Property(o => o.TriggerSeverity).HasConversion<string>().HasMaxLength(10);
        entry.Property(o => o.TriggerChannel).HasConversion<string>().HasMaxLength(30);
        entry.Property(o => o.Counting).HasConversion<string>().HasMaxLength(20);
        entry.Property(o => o.Calendar).HasConversion<string>().HasMaxLength(20).HasDefaultValue(CalendarName.ContactCentre).HasSentinel(0);
        entry.Property(o => o.CalendarVersion).HasMaxLength(20);
        entry.Property(o => o.WaivedReason).HasMaxLength(500);
        entry.Property(o => o.WaivedBy).HasMaxLength(256);
        entry.Property(o => o.MetByName).HasMaxLength(256);
        entry.Property(o => o.MetNote).HasMaxLength(500);
        entry.Property(o => o.Version).IsConcurrencyToken();
        entry.HasIndex(o => new { o.SubjectType, o.SubjectId });
        entry.HasIndex(o => o.DueAtUtc);
        entry.HasIndex(o => new { o.MetAtUtc, o.Waived, o.Warn50AtUtc });
    }
}
