using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GosZakup.Console.Infrastructure.Procurements;

/// <summary>A potential supplier who took part in a procurement (R2 §17 lists them in the Act).</summary>
public sealed class PotentialSupplierRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ProcurementId { get; set; }

    /// <summary>BIN or IIN, 12 digits.</summary>
    public string TaxpayerNumber { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Email { get; set; }
    public string? Phone { get; set; }

    /// <summary>The application's security, when the procurement required one.</summary>
    public decimal? SecurityAmount { get; set; }
}

internal sealed class PotentialSupplierConfiguration : IEntityTypeConfiguration<PotentialSupplierRecord>
{
    public void Configure(EntityTypeBuilder<PotentialSupplierRecord> supplier)
    {
        supplier.ToTable("PotentialSuppliers");
        supplier.Property(s => s.TaxpayerNumber).HasMaxLength(12);
        supplier.Property(s => s.Name).HasMaxLength(500);
        supplier.Property(s => s.Email).HasMaxLength(256);
        supplier.Property(s => s.Phone).HasMaxLength(40);
        supplier.Property(s => s.SecurityAmount).HasPrecision(18, 2);
        supplier.HasIndex(s => new { s.ProcurementId, s.TaxpayerNumber }).IsUnique();
        supplier.HasIndex(s => s.TaxpayerNumber);
    }
}
