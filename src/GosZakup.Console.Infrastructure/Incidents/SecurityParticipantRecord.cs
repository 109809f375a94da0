using GosZakup.Console.Infrastructure.WorkingGroup;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GosZakup.Console.Infrastructure.Incidents;

/// <summary>A Working Group member responsible for information security who took part in confirming or refuting the
/// failure (R2 §25). The name is kept as it was then, so a later edit of the directory does not rewrite the record.</summary>
public sealed class SecurityParticipantRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid IncidentId { get; set; }
    public Guid MemberId { get; set; }
    public string FullName { get; set; } = "";
}

internal sealed class SecurityParticipantConfiguration : IEntityTypeConfiguration<SecurityParticipantRecord>
{
    public void Configure(EntityTypeBuilder<SecurityParticipantRecord> participant)
    {
        participant.ToTable("IncidentSecurityParticipants");
        participant.Property(p => p.FullName).HasMaxLength(256);
        participant.HasIndex(p => new { p.IncidentId, p.MemberId }).IsUnique();
        participant.HasOne<IncidentRecord>().WithMany().HasForeignKey(p => p.IncidentId);
        participant.HasOne<WorkingGroupMemberRecord>().WithMany().HasForeignKey(p => p.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
