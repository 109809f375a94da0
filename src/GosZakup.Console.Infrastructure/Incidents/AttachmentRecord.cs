using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GosZakup.Console.Infrastructure.Incidents;

/// <summary>A screenshot or document an appeal came with. The content is stored outside the database, in
/// the data folder under its SHA-256 (so the same file is kept once and any change to it is detectable).</summary>
public sealed class AttachmentRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AppealId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long SizeBytes { get; set; }
    public string Sha256 { get; set; } = "";
    public DateTime UploadedAtUtc { get; set; }
    public string? UploadedBy { get; set; }
}

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<AttachmentRecord>
{
    public void Configure(EntityTypeBuilder<AttachmentRecord> attachment)
    {
        attachment.ToTable("Attachments");
        attachment.Property(a => a.FileName).HasMaxLength(255);
        attachment.Property(a => a.ContentType).HasMaxLength(100);
        attachment.Property(a => a.Sha256).HasMaxLength(64);
        attachment.Property(a => a.UploadedBy).HasMaxLength(256);
        attachment.HasIndex(a => a.AppealId);
        attachment.HasOne<AppealRecord>().WithMany().HasForeignKey(a => a.AppealId);
    }
}
