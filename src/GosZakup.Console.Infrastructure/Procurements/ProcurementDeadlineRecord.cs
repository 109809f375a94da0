using GosZakup.Console.Domain.Extensions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GosZakup.Console.Infrastructure.Procurements;

/// <summary>A deadline of a procurement, or of one of its lots when <see cref="LotId"/> is set. Its current value only:
/// every change is kept in <see cref="DeadlineChangeRecord"/>.</summary>
public sealed class ProcurementDeadlineRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ProcurementId { get; set; }
    public Guid? LotId { get; set; }
    public DeadlineKind Kind { get; set; }
    public DateTime AtUtc { get; set; }

    /// <summary>The date as the portal announced it (the last import): extensions are computed from it, so that
    /// recomputing never moves a deadline twice; <see cref="AtUtc"/> is the date in force.</summary>
    public DateTime AnnouncedUtc { get; set; }
}

internal sealed class ProcurementDeadlineConfiguration : IEntityTypeConfiguration<ProcurementDeadlineRecord>
{
    public void Configure(EntityTypeBuilder<ProcurementDeadlineRecord> deadline)
    {
        deadline.ToTable("ProcurementDeadlines");
        deadline.Property(d => d.Kind).HasConversion<string>().HasMaxLength(30);
        deadline.HasIndex(d => new { d.ProcurementId, d.LotId, d.Kind }).IsUnique();
        deadline.HasOne<LotRecord>().WithMany().HasForeignKey(d => d.LotId).OnDelete(DeleteBehavior.NoAction);
    }
}
