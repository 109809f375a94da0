using GosZakup.Console.Infrastructure.WorkingGroup;

namespace GosZakup.Console.Web.Features.WorkingGroup;

/// <summary>A member of the Working Group, or a contact of the Owner's information-security unit (R2 §25), as the
/// directory lists them and the alerts address them.</summary>
public sealed record WorkingGroupMember(
    Guid Id, string FullName, string? Position, string Email, string? Phone,
    bool HandlesInformationSecurity, bool IsHead, bool Active, Guid Version, ContactUnit Unit = ContactUnit.WorkingGroup)
{
    public static WorkingGroupMember From(WorkingGroupMemberRecord record) => new(
        record.Id, record.FullName, record.Position, record.Email, record.Phone,
        record.HandlesInformationSecurity, record.IsHead, record.Active, record.Version, record.Unit);
}

/// <summary>What the member dialog edits. <see cref="Id"/> and <see cref="Version"/> are null for a new member;
/// <see cref="Unit"/> is the list a new contact joins (a saved contact stays in its list).</summary>
public sealed class WorkingGroupMemberForm
{
    public Guid? Id { get; set; }
    public ContactUnit Unit { get; set; } = ContactUnit.WorkingGroup;
    public string FullName { get; set; } = "";
    public string? Position { get; set; }
    public string Email { get; set; } = "";
    public string? Phone { get; set; }
    public bool HandlesInformationSecurity { get; set; }
    public bool IsHead { get; set; }
    public Guid? Version { get; set; }

    public static WorkingGroupMemberForm From(WorkingGroupMember member) => new()
    {
        Id = member.Id, Unit = member.Unit, FullName = member.FullName, Position = member.Position, Email = member.Email, Phone = member.Phone,
        HandlesInformationSecurity = member.HandlesInformationSecurity, IsHead = member.IsHead, Version = member.Version,
    };
}
