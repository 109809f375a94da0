using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GosZakup.Console.Infrastructure.Mail;

/// <summary>An Admin's wording of one kind of notice, in Kazakh and Russian (both go in one message). Kinds
/// without a row use the built-in wording.</summary>
public sealed class MailTemplateRecord
{
    /// <summary>The notice kind, e.g. "id-email" (the obligation code it fulfils).</summary>
    public string Kind { get; set; } = "";
    public string SubjectKk { get; set; } = "";
    public string SubjectRu { get; set; } = "";
    public string BodyKk { get; set; } = "";
    public string BodyRu { get; set; } = "";
    public DateTime UpdatedAtUtc { get; set; }
    public string UpdatedByName { get; set; } = "";
    public Guid Version { get; set; } = Guid.NewGuid();
}

internal sealed class MailTemplateConfiguration : IEntityTypeConfiguration<MailTemplateRecord>
{
    public void Configure(EntityTypeBuilder<MailTemplateRecord> template)
    {
        template.ToTable("MailTemplates");
        template.HasKey(t => t.Kind);
        template.Property(t => t.Kind).HasMaxLength(40);
        template.Property(t => t.SubjectKk).HasMaxLength(300);
        template.Property(t => t.SubjectRu).HasMaxLength(300);
        template.Property(t => t.BodyKk).HasMaxLength(8000);
        template.Property(t => t.BodyRu).HasMaxLength(8000);
        template.Property(t => t.UpdatedByName).HasMaxLength(256);
        template.Property(t => t.Version).IsConcurrencyToken();
    }
}
