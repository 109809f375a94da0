using GosZakup.Console.Domain.Extensions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GosZakup.Console.Infrastructure.Procurements;

/// <summary>A procurement (announcement) as imported from the portal's open data: the appeals and incidents name it by
/// its announcement number, and its deadlines are what the Rules extend.</summary>
public sealed class ProcurementRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The portal's announcement number (<c>numberAnno</c>), e.g. "15423871-1".</summary>
    public string AnnouncementNumber { get; set; } = "";
    public string Name { get; set; } = "";
    public string CustomerName { get; set; } = "";
    public string CustomerBin { get; set; } = "";
    public string OrganiserName { get; set; } = "";
    public string OrganiserBin { get; set; } = "";
    public TradeMethod Method { get; set; }

    /// <summary>The portal module the procurement runs in (e.g. "Государственные закупки"), as given by the file.</summary>
    public string SystemModule { get; set; } = "";
    public DateTime ImportedAtUtc { get; set; }

    /// <summary>The System formed the auction's results protocol automatically (R2 §15.5, §16.5 cancel it when the
    /// second round moves).</summary>
    public bool ResultsProtocolFormedAutomatically { get; set; }

    /// <summary>Set when an applied extension cancelled the automatically formed protocol, with the applications.</summary>
    public DateTime? ResultsProtocolCancelledAtUtc { get; set; }
    public List<LotRecord> Lots { get; set; } = [];
    public List<ProcurementDeadlineRecord> Deadlines { get; set; } = [];
    public List<PotentialSupplierRecord> Suppliers { get; set; } = [];
    public Guid Version { get; set; } = Guid.NewGuid();
}

internal sealed class ProcurementConfiguration : IEntityTypeConfiguration<ProcurementRecord>
{
    public void Configure(EntityTypeBuilder<ProcurementRecord> procurement)
    {
        procurement.ToTable("Procurements");
        procurement.Property(p => p.AnnouncementNumber).HasMaxLength(40);
        procurement.Property(p => p.Name).HasMaxLength(1000);
        procurement.Property(p => p.CustomerName).HasMaxLength(500);
        procurement.Property(p => p.CustomerBin).HasMaxLength(12);
        procurement.Property(p => p.OrganiserName).HasMaxLength(500);
        procurement.Property(p => p.OrganiserBin).HasMaxLength(12);
        procurement.Property(p => p.Method).HasConversion<string>().HasMaxLength(20);
        procurement.Property(p => p.SystemModule).HasMaxLength(100);
        procurement.Property(p => p.Version).IsConcurrencyToken();
        procurement.HasIndex(p => p.AnnouncementNumber).IsUnique();
        procurement.HasIndex(p => p.CustomerBin);
        procurement.HasIndex(p => p.OrganiserBin);
        procurement.HasMany(p => p.Lots).WithOne().HasForeignKey(l => l.ProcurementId).OnDelete(DeleteBehavior.Cascade);
        procurement.HasMany(p => p.Deadlines).WithOne().HasForeignKey(d => d.ProcurementId).OnDelete(DeleteBehavior.Cascade);
        procurement.HasMany(p => p.Suppliers).WithOne().HasForeignKey(s => s.ProcurementId).OnDelete(DeleteBehavior.Cascade);
    }
}
