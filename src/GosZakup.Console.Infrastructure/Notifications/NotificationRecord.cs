using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GosZakup.Console.Infrastructure.Notifications;

public enum ReminderStage
{
    Warn50 = 1,
    Warn80 = 2,
    Breach = 3,
}

/// <summary>One in-app notification for one user (the bell). Its text is a resource key and arguments, so it
/// is shown in the reader's language.</summary>
public sealed class NotificationRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string UserId { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    public string MessageKey { get; set; } = "";

    /// <summary>The message's arguments, separated by U+001F (unit separator).</summary>
    public string Arguments { get; set; } = "";

    /// <summary>Where the notification leads, a local path such as "/incidents/INC-2026-000012".</summary>
    public string? Link { get; set; }
    public DateTime? ReadAtUtc { get; set; }
}

/// <summary>That a reminder stage of an obligation has been sent: the unique key makes the reminder job
/// idempotent, however often or concurrently it runs.</summary>
public sealed class ReminderRecord
{
    public Guid ObligationId { get; set; }
    public ReminderStage Stage { get; set; }
    public DateTime SentAtUtc { get; set; }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<NotificationRecord>
{
    public void Configure(EntityTypeBuilder<NotificationRecord> notification)
    {
        notification.ToTable("Notifications");
        notification.Property(n => n.UserId).HasMaxLength(450);
        notification.Property(n => n.MessageKey).HasMaxLength(100);
        notification.Property(n => n.Arguments).HasMaxLength(2000);
        notification.Property(n => n.Link).HasMaxLength(300);
        notification.HasIndex(n => new { n.UserId, n.ReadAtUtc });
    }
}

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<ReminderRecord>
{
    public void Configure(EntityTypeBuilder<ReminderRecord> reminder)
    {
        reminder.ToTable("Reminders");
        reminder.HasKey(r => new { r.ObligationId, r.Stage });
        reminder.Property(r => r.Stage).HasConversion<string>().HasMaxLength(10);
    }
}
