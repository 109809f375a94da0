using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Reminders;

/// <summary>One active member of staff: who a reminder goes to.</summary>
public sealed record StaffMember(string Id, string? Email, IReadOnlySet<string> Roles);

/// <summary>The active (not disabled) staff and who owns a duty: the person holding its subject (the
/// incident's assignee, the operator who took the appeal) when there is one and they are active, else every
/// active member of the role the catalogue gives the duty. Reminders and the My work board both ask here.</summary>
public sealed class StaffDirectory
{
    private readonly Dictionary<string, StaffMember> byId;

    public StaffDirectory(IEnumerable<StaffMember> active) => byId = active.ToDictionary(m => m.Id, StringComparer.Ordinal);

    public static async Task<StaffDirectory> LoadAsync(AppDbContext db, CancellationToken ct)
    {
        var users = await db.Users.AsNoTracking().Where(u => !u.IsDisabled).Select(u => new { u.Id, u.Email }).ToListAsync(ct);
        var memberships = await (from membership in db.UserRoles
                                 join role in db.Roles on membership.RoleId equals role.Id
                                 select new { membership.UserId, role.Name }).AsNoTracking().ToListAsync(ct);
        var roles = memberships.ToLookup(m => m.UserId, m => m.Name!);
        return new StaffDirectory(users.Select(u => new StaffMember(u.Id, u.Email, roles[u.Id].ToHashSet(StringComparer.Ordinal))));
    }

    public StaffMember? Find(string id) => byId.GetValueOrDefault(id);

    public IReadOnlyList<StaffMember> InRole(string role) => [.. byId.Values.Where(m => m.Roles.Contains(role)).OrderBy(m => m.Id, StringComparer.Ordinal)];

    public static string? OwnerRoleOf(string code) => ObligationCatalogue.All.FirstOrDefault(d => d.Code == code)?.OwnerRole;

    public IReadOnlyList<StaffMember> OwnersOf(ObligationRecord obligation, DutySubject subject)
    {
        if (subject.AssigneeId is { } holder && byId.TryGetValue(holder, out var assignee)) return [assignee];
        return OwnerRoleOf(obligation.Code) is { } role ? InRole(role) : [];
    }

    /// <summary>A missed deadline goes to the owners and to every Supervisor, each once.</summary>
    public IReadOnlyList<StaffMember> BreachRecipientsOf(ObligationRecord obligation, DutySubject subject) =>
        [.. OwnersOf(obligation, subject).Concat(InRole(StaffRole.Supervisor)).DistinctBy(m => m.Id)];

    public bool Owns(string userId, ObligationRecord obligation, DutySubject subject) =>
        OwnersOf(obligation, subject).Any(m => m.Id == userId);
}
