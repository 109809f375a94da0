using GosZakup.Console.Infrastructure.WorkingGroup;

namespace GosZakup.Console.Web.Features.WorkingGroup;

/// <summary>A member of the Working Group (R2 §25) as the directory lists it and the alerts address it.</summary>
public sealed record WorkingGroupMember(
    Guid Id, string FullName, string? Position, string Email, string? Phone,
    bool HandlesInformationSecurity, bool IsHead, bool Active, Guid Version)
{
    public static WorkingGroupMember From(WorkingGroupMemberRecord record) => new(
        record.Id, record.FullName, record.Position, record.Email, record.Phone,
        record.HandlesInformationSecurity, record.IsHead, record.Active, record.Version);
}

/// <summary>What the member dialog edits. <see cref="Id"/> and <see cref="Version"/> are null for a new member.</summary>
public sealed class WorkingGroupMemberForm
{
    public Guid? Id { get; set; }
    public string FullName { get; set; } = "";
    public string? Position { get; set; }
    public string Email { get; set; } = "";
    public string? Phone { get; set; }
    public bool HandlesInformationSecurity { get; set; }
    public bool IsHead { get; set; }
    public Guid? Version { get; set; }

    public static WorkingGroupMemberForm From(WorkingGroupMember member) => new()
    {
        Id = member.Id, FullName = member.FullName, Position = member.Position, Email = member.Email, Phone = member.Phone,
        HandlesInformationSecurity = member.HandlesInformationSecurity, IsHead = member.IsHead, Version = member.Version,
    };
}
