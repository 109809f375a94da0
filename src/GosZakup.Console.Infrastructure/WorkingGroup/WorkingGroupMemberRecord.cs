using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GosZakup.Console.Infrastructure.WorkingGroup;

/// <summary>A member of the authorised body's Working Group (R2 §25): who is alerted at once of medium and
/// high failures (R2 §15.1, §16.1); information-security members take part in confirming them.</summary>
public sealed class WorkingGroupMemberRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string FullName { get; set; } = "";
    public string? Position { get; set; }
    public string Email { get; set; } = "";
    public string? Phone { get; set; }
    public bool HandlesInformationSecurity { get; set; }
    public bool IsHead { get; set; }
    public bool Active { get; set; } = true;
    public Guid Version { get; set; } = Guid.NewGuid();
}

internal sealed class WorkingGroupMemberConfiguration : IEntityTypeConfiguration<WorkingGroupMemberRecord>
{
    public void Configure(EntityTypeBuilder<WorkingGroupMemberRecord> member)
    {
        member.ToTable("WorkingGroupMembers");
        member.Property(m => m.FullName).HasMaxLength(256);
        member.Property(m => m.Position).HasMaxLength(256);
        member.Property(m => m.Email).HasMaxLength(256);
        member.Property(m => m.Phone).HasMaxLength(32);
        member.Property(m => m.Version).IsConcurrencyToken();
        member.HasIndex(m => m.Email).IsUnique();
    }
}
