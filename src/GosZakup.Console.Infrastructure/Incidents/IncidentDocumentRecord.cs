using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GosZakup.Console.Infrastructure.Incidents;

public enum DocumentPurpose
{
    /// <summary>Reproduction evidence (R2 §9, sent with a refutation per §11).</summary>
    Evidence = 1,

    /// <summary>Referral to law enforcement (R2 §21).</summary>
    Referral = 2,

    /// <summary>Outside specialists called in with the Owner's consent (R2 §22).</summary>
    OutsideSpecialists = 3,

    /// <summary>Reports, letters and anything else filed on the incident.</summary>
    Other = 4,
}

/// <summary>A file filed on an incident; like appeal attachments, the content lives in the data folder
/// under its SHA-256.</summary>
public sealed class IncidentDocumentRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid IncidentId { get; set; }
    public DocumentPurpose Purpose { get; set; }

    /// <summary>The referral the file belongs to, when it belongs to one.</summary>
    public Guid? ReferralId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long SizeBytes { get; set; }
    public string Sha256 { get; set; } = "";
    public DateTime UploadedAtUtc { get; set; }
    public string? UploadedBy { get; set; }
}

internal sealed class IncidentDocumentConfiguration : IEntityTypeConfiguration<IncidentDocumentRecord>
{
    public void Configure(EntityTypeBuilder<IncidentDocumentRecord> document)
    {
        document.ToTable("IncidentDocuments");
        document.Property(d => d.Purpose).HasConversion<string>().HasMaxLength(30);
        document.Property(d => d.FileName).HasMaxLength(255);
        document.Property(d => d.ContentType).HasMaxLength(100);
        document.Property(d => d.Sha256).HasMaxLength(64);
        document.Property(d => d.UploadedBy).HasMaxLength(256);
        document.HasIndex(d => d.IncidentId);
        document.HasOne<IncidentRecord>().WithMany().HasForeignKey(d => d.IncidentId);
    }
}
