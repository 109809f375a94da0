using GosZakup.Console.Domain.Extensions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GosZakup.Console.Infrastructure.Procurements;

/// <summary>One change of a deadline: by an import of new portal data (<see cref="Source"/> "import") or by an extension
/// under a clause of the Rules (e.g. <c>R2 §15.4</c>). Never changed or deleted.</summary>
public sealed class DeadlineChangeRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ProcurementId { get; set; }
    public Guid? LotId { get; set; }
    public DeadlineKind Kind { get; set; }
    public DateTime? OldUtc { get; set; }
    public DateTime NewUtc { get; set; }
    public string? Clause { get; set; }
    public string Source { get; set; } = "";
    public DateTime AtUtc { get; set; }
    public string ByName { get; set; } = "";
}

internal sealed class DeadlineChangeConfiguration : IEntityTypeConfiguration<DeadlineChangeRecord>
{
    public void Configure(EntityTypeBuilder<DeadlineChangeRecord> change)
    {
        change.ToTable("DeadlineChanges");
        change.Property(c => c.Kind).HasConversion<string>().HasMaxLength(30);
        change.Property(c => c.Clause).HasMaxLength(40);
        change.Property(c => c.Source).HasMaxLength(1000);
        change.Property(c => c.ByName).HasMaxLength(256);
        change.HasIndex(c => new { c.ProcurementId, c.AtUtc });
        change.HasOne<ProcurementRecord>().WithMany().HasForeignKey(c => c.ProcurementId).OnDelete(DeleteBehavior.Cascade);
    }
}
