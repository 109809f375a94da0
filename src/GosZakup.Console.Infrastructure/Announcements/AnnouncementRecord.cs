using GosZakup.Console.Domain.Announcements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GosZakup.Console.Infrastructure.Announcements;

public enum AnnouncementKind
{
    /// <summary>A confirmed failure of medium or high level (R2 §15.2, §16.3) and its fix (§15.8, §16.8).</summary>
    Failure = 1,

    /// <summary>Planned works (R2 §24, R1 §11).</summary>
    PlannedWorks = 2,

    /// <summary>Force majeure (R1 §13-§14, R2 §16.6).</summary>
    ForceMajeure = 3,

    /// <summary>A signed Act and the suppliers who could not bid (R2 §17).</summary>
    Act = 4,
}

/// <summary>A main-page notice: a thread of updates, like a status page. Nothing of it is public until its
/// first update is published; drafts and withdrawn updates never are.</summary>
public sealed class AnnouncementRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public AnnouncementKind Kind { get; set; }
    public Guid? IncidentId { get; set; }
    public DateTime CreatedAtUtc { get; set; }

    /// <summary>When its first update was published; null while only drafts exist.</summary>
    public DateTime? FirstPublishedAtUtc { get; set; }
    public DateTime? LastPublishedAtUtc { get; set; }
    public List<AnnouncementUpdateRecord> Updates { get; set; } = [];
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>One update of an announcement, in Kazakh and Russian (R1 §12). Published updates are never
/// changed: a correction is a new update.</summary>
public sealed class AnnouncementUpdateRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AnnouncementId { get; set; }
    public UpdateState State { get; set; } = UpdateState.Draft;
    public string TitleKk { get; set; } = "";
    public string TitleRu { get; set; } = "";
    public string BodyKk { get; set; } = "";
    public string BodyRu { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    public string CreatedByName { get; set; } = "";
    public DateTime? PublishedAtUtc { get; set; }
    public string? PublishedByName { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

internal sealed class AnnouncementConfiguration : IEntityTypeConfiguration<AnnouncementRecord>
{
    public void Configure(EntityTypeBuilder<AnnouncementRecord> announcement)
    {
        announcement.ToTable("Announcements");
        announcement.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        announcement.Property(a => a.Version).IsConcurrencyToken();
        announcement.HasIndex(a => a.LastPublishedAtUtc);
        announcement.HasIndex(a => a.IncidentId);
        announcement.HasMany(a => a.Updates).WithOne().HasForeignKey(u => u.AnnouncementId);
    }
}

internal sealed class AnnouncementUpdateConfiguration : IEntityTypeConfiguration<AnnouncementUpdateRecord>
{
    public void Configure(EntityTypeBuilder<AnnouncementUpdateRecord> update)
    {
        update.ToTable("AnnouncementUpdates");
        update.Property(u => u.State).HasConversion<string>().HasMaxLength(20);
        update.Property(u => u.TitleKk).HasMaxLength(300);
        update.Property(u => u.TitleRu).HasMaxLength(300);
        update.Property(u => u.BodyKk).HasMaxLength(8000);
        update.Property(u => u.BodyRu).HasMaxLength(8000);
        update.Property(u => u.CreatedByName).HasMaxLength(256);
        update.Property(u => u.PublishedByName).HasMaxLength(256);
        update.Property(u => u.Version).IsConcurrencyToken();
        update.HasIndex(u => new { u.AnnouncementId, u.State });
    }
}
