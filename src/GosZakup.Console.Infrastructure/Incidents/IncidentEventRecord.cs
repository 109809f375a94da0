using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GosZakup.Console.Infrastructure.Incidents;

/// <summary>One entry of an incident's timeline: a decision, a level, a call, a link, a referral. Mail and
/// obligations have their own tables and join the timeline when it is shown.</summary>
public sealed class IncidentEventRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid IncidentId { get; set; }
    public DateTime AtUtc { get; set; }

    /// <summary>What happened, e.g. "Assigned", "Confirmed", "SeveritySet", "PlannedFixChanged", "Call".</summary>
    public string Kind { get; set; } = "";
    public string ActorName { get; set; } = "";

    /// <summary>The entry's own words (a reason, an outcome), shown as text, never as markup.</summary>
    public string? Text { get; set; }
}

internal sealed class IncidentEventConfiguration : IEntityTypeConfiguration<IncidentEventRecord>
{
    public void Configure(EntityTypeBuilder<IncidentEventRecord> entry)
    {
        entry.ToTable("IncidentEvents");
        entry.Property(e => e.Kind).HasMaxLength(40);
        entry.Property(e => e.ActorName).HasMaxLength(256);
        entry.Property(e => e.Text).HasMaxLength(4000);
        entry.HasIndex(e => new { e.IncidentId, e.AtUtc });
        entry.HasOne<IncidentRecord>().WithMany().HasForeignKey(e => e.IncidentId);
    }
}
