using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GosZakup.Console.Infrastructure.Incidents;

public enum ContactKind
{
    PhoneCall = 1,
    WrittenLetter = 2,
}

/// <summary>A notice given outside the console, by phone or by letter (R2 §11, §14-§16): when, to whom, by
/// whom and with what outcome. Logging it fulfils the duty it names.</summary>
public sealed class ContactLogRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid IncidentId { get; set; }
    public ContactKind Kind { get; set; }
    public DateTime AtUtc { get; set; }
    public string Contact { get; set; } = "";
    public string ByName { get; set; } = "";
    public string Outcome { get; set; } = "";

    /// <summary>The obligation code the contact fulfils (e.g. "supplier-notice"), if any.</summary>
    public string? ObligationCode { get; set; }
}

internal sealed class ContactLogConfiguration : IEntityTypeConfiguration<ContactLogRecord>
{
    public void Configure(EntityTypeBuilder<ContactLogRecord> entry)
    {
        entry.ToTable("ContactLogs");
        entry.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        entry.Property(c => c.Contact).HasMaxLength(300);
        entry.Property(c => c.ByName).HasMaxLength(256);
        entry.Property(c => c.Outcome).HasMaxLength(2000);
        entry.Property(c => c.ObligationCode).HasMaxLength(40);
        entry.HasIndex(c => c.IncidentId);
        entry.HasOne<IncidentRecord>().WithMany().HasForeignKey(c => c.IncidentId);
    }
}
