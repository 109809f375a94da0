using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GosZakup.Console.Infrastructure.Incidents;

/// <summary>One entry of an incident's timeline: a decision, a level, a call, a link, a referral. Mail and
/// obligations have their own tables and join the timeline when it is shown. The entry keeps what happened as a code
/// (<see cref="Kind"/>) and typed values (<see cref="Arguments"/>), never as a sentence: each reader reads it in their
/// own language.</summary>
public sealed class IncidentEventRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid IncidentId { get; set; }
    public DateTime AtUtc { get; set; }

    /// <summary>What happened, e.g. "Assigned", "Confirmed", "LevelChanged", "PlannedFixChanged", "PhoneCall".</summary>
    public string Kind { get; set; } = "";

    /// <summary>The actor's login, as rows name people; <see cref="ActorId"/> names them for good.</summary>
    public string ActorName { get; set; } = "";
    public string? ActorId { get; set; }

    /// <summary>The entry's values as JSON (see <see cref="TimelineArgs"/>): levels, instants, numbers, and what a person
    /// typed, kept as typed.</summary>
    public string? Arguments { get; set; }

    /// <summary>The sentence of an entry written before entries kept their values (development data only): shown as
    /// it is.</summary>
    public string? LegacyText { get; set; }
}

internal sealed class IncidentEventConfiguration : IEntityTypeConfiguration<IncidentEventRecord>
{
    public void Configure(EntityTypeBuilder<IncidentEventRecord> entry)
    {
        entry.ToTable("IncidentEvents");
        entry.Property(e => e.Kind).HasMaxLength(40);
        entry.Property(e => e.ActorName).HasMaxLength(256);
        entry.Property(e => e.ActorId).HasMaxLength(450);
        entry.Property(e => e.LegacyText).HasColumnName("Text").HasMaxLength(4000);
        entry.HasIndex(e => new { e.IncidentId, e.AtUtc });
        entry.HasOne<IncidentRecord>().WithMany().HasForeignKey(e => e.IncidentId);
    }
}
