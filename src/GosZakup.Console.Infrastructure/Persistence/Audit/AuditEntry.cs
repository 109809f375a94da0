using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GosZakup.Console.Infrastructure.Persistence.Audit;

/// <summary>One change of domain data. Rows are only ever appended; each carries the hash of the row
/// before it, so an edited or deleted row breaks the chain (the Working Group's reports rely on it).</summary>
public sealed class AuditEntry
{
    /// <summary>1, 2, 3 … with no gaps: assigned by <see cref="AuditWriter"/>, not by the database.</summary>
    public long Sequence { get; set; }

    public DateTime AtUtc { get; set; }

    public string? ActorId { get; set; }

    public string ActorName { get; set; } = "";

    public string EntityType { get; set; } = "";

    public string EntityId { get; set; } = "";

    public AuditAction Action { get; set; }

    /// <summary>JSON of the changed properties before the change (null for a creation).</summary>
    public string? Before { get; set; }

    /// <summary>JSON of the changed properties after the change (null for a deletion).</summary>
    public string? After { get; set; }

    public string PreviousHash { get; set; } = "";

    public string Hash { get; set; } = "";
}

public enum AuditAction
{
    Created = 1,
    Updated = 2,
    Deleted = 3,
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.HasKey(a => a.Sequence);
        entry.Property(a => a.Sequence).ValueGeneratedNever();
        entry.Property(a => a.ActorId).HasMaxLength(450);
        entry.Property(a => a.ActorName).HasMaxLength(256);
        entry.Property(a => a.EntityType).HasMaxLength(100);
        entry.Property(a => a.EntityId).HasMaxLength(450);
        entry.Property(a => a.Action).HasConversion<string>().HasMaxLength(20);
        entry.Property(a => a.PreviousHash).HasMaxLength(64);
        entry.Property(a => a.Hash).HasMaxLength(64);
        entry.HasIndex(a => a.AtUtc);
        entry.HasIndex(a => new { a.EntityType, a.EntityId });
    }
}
