using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GosZakup.Console.Infrastructure.WorkingGroup;

/// <summary>Which of the two lists R2 §25 alerts a contact belongs to.</summary>
public enum ContactUnit
{
    /// <summary>The authorised body's Working Group.</summary>
    WorkingGroup = 1,

    /// <summary>The Owner's structural unit responsible for informatisation and information security.</summary>
    OwnerUnit = 2,
}

/// <summary>A member of the authorised body's Working Group (R2 §25): who is alerted at once of medium and
/// high failures (R2 §15.1, §16.1); information-security members take part in confirming them. A contact of the
/// Owner's informatisation and information-security unit (<see cref="Unit"/> = OwnerUnit) is kept alike: R2 §25
/// alerts both before a confirmation, and the Owner is told of force majeure (R1 §13).</summary>
public sealed class WorkingGroupMemberRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public ContactUnit Unit { get; set; } = ContactUnit.WorkingGroup;
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
        member.Property(m => m.Unit).HasConversion<string>().HasMaxLength(20).HasDefaultValue(ContactUnit.WorkingGroup).HasSentinel(0);
        // One person may sit in both lists (the unit's staff are often Working Group members too).
        member.HasIndex(m => new { m.Unit, m.Email }).IsUnique();
    }
}
