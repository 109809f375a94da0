namespace GosZakup.Console.Infrastructure.WorkingGroup;

/// <summary>The one way to ask for who is on a list now: the active contacts of the Working Group or of the Owner's unit.</summary>
public static class ContactLists
{
    public static IQueryable<WorkingGroupMemberRecord> ActiveIn(this IQueryable<WorkingGroupMemberRecord> contacts, ContactUnit unit) =>
        contacts.Where(m => m.Unit == unit && m.Active);

    /// <summary>R2 §25: the Working Group's information-security members, who take part in confirming or refuting.</summary>
    public static IQueryable<WorkingGroupMemberRecord> ActiveSecurityMembers(this IQueryable<WorkingGroupMemberRecord> contacts) =>
        contacts.ActiveIn(ContactUnit.WorkingGroup).Where(m => m.HandlesInformationSecurity);
}
