using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GosZakup.Console.Infrastructure.Incidents;

/// <summary>R2 §15.7: the same failure showing in other procurements; the fix covers them all.</summary>
public sealed class IncidentLinkRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid IncidentId { get; set; }
    public Guid LinkedIncidentId { get; set; }
    public string? Note { get; set; }
    public DateTime LinkedAtUtc { get; set; }
    public string ByName { get; set; } = "";
}

internal sealed class IncidentLinkConfiguration : IEntityTypeConfiguration<IncidentLinkRecord>
{
    public void Configure(EntityTypeBuilder<IncidentLinkRecord> link)
    {
        link.ToTable("IncidentLinks");
        link.Property(l => l.Note).HasMaxLength(1000);
        link.Property(l => l.ByName).HasMaxLength(256);
        link.HasIndex(l => new { l.IncidentId, l.LinkedIncidentId }).IsUnique();
        link.HasOne<IncidentRecord>().WithMany().HasForeignKey(l => l.IncidentId).OnDelete(DeleteBehavior.Restrict);
        link.HasOne<IncidentRecord>().WithMany().HasForeignKey(l => l.LinkedIncidentId).OnDelete(DeleteBehavior.Restrict);
    }
}
