using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GosZakup.Console.Infrastructure.Procurements;

/// <summary>One lot of a procurement (<c>Lots</c> in the open data).</summary>
public sealed class LotRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ProcurementId { get; set; }

    /// <summary>The portal's lot number (<c>lotNumber</c>), e.g. "38104021-ЗЦП1".</summary>
    public string LotNumber { get; set; } = "";
    public string Name { get; set; } = "";
    public decimal Amount { get; set; }
}

internal sealed class LotConfiguration : IEntityTypeConfiguration<LotRecord>
{
    public void Configure(EntityTypeBuilder<LotRecord> lot)
    {
        lot.ToTable("Lots");
        lot.Property(l => l.LotNumber).HasMaxLength(60);
        lot.Property(l => l.Name).HasMaxLength(1000);
        lot.Property(l => l.Amount).HasPrecision(18, 2);
        lot.HasIndex(l => new { l.ProcurementId, l.LotNumber }).IsUnique();
    }
}
