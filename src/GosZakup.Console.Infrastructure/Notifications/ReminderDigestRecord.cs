using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GosZakup.Console.Infrastructure.Notifications;

/// <summary>That a person was told of one subject's reminders at one stage (one bell entry and one mail for
/// them all). Within the reminder window, further reminders of that subject at that stage are recorded as sent
/// but not told again: a flood of overdue appeals makes one mail per person, not one per appeal.</summary>
public sealed class ReminderDigestRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string UserId { get; set; } = "";

    /// <summary>The subject's page ("/incidents/INC-…", "/inbox" for appeals not yet registered) or its type and label.</summary>
    public string SubjectKey { get; set; } = "";
    public ReminderStage Stage { get; set; }
    public int Count { get; set; }
    public DateTime SentAtUtc { get; set; }
}

internal sealed class ReminderDigestConfiguration : IEntityTypeConfiguration<ReminderDigestRecord>
{
    public void Configure(EntityTypeBuilder<ReminderDigestRecord> digest)
    {
        digest.ToTable("ReminderDigests");
        digest.Property(d => d.UserId).HasMaxLength(450);
        digest.Property(d => d.SubjectKey).HasMaxLength(300);
        digest.Property(d => d.Stage).HasConversion<string>().HasMaxLength(10);
        digest.HasIndex(d => new { d.UserId, d.SubjectKey, d.Stage, d.SentAtUtc });
    }
}
