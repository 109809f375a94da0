using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.WorkingGroup;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Inbox;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.WorkingGroup;

/// <summary>The Working Group directory (R2 §25): who is alerted of medium and high failures (R2 §15.1, §16.1)
/// and who handles information security; beside it, kept alike, the contacts of the Owner's unit responsible for
/// informatisation and information security, alerted with the group before a confirmation (R2 §25). Contacts are
/// deactivated, never deleted, so past alerts keep their addressees; every change is audited and a change made
/// meanwhile by someone else is reported, never overwritten.</summary>
public sealed class WorkingGroupDirectory(IDbContextFactory<AppDbContext> dbFactory)
{
    public const int MaxLength = 256;

    /// <summary>The alert recipients: the active members, the head first, then information security, then by name.</summary>
    public Task<IReadOnlyList<WorkingGroupMember>> ActiveMembersAsync(CancellationToken ct) => ActiveAsync(ContactUnit.WorkingGroup, ct);

    /// <summary>The active contacts of one list, in the order of <see cref="ActiveMembersAsync"/>.</summary>
    public async Task<IReadOnlyList<WorkingGroupMember>> ActiveAsync(ContactUnit unit, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var active = await db.Set<WorkingGroupMemberRecord>().AsNoTracking().Where(m => m.Unit == unit && m.Active).ToListAsync(ct);
        return [.. Ordered(active).Select(WorkingGroupMember.From)];
    }

    /// <summary>Every member of the Working Group, the active ones first.</summary>
    public Task<IReadOnlyList<WorkingGroupMember>> ListAsync(CancellationToken ct = default) => ListAsync(ContactUnit.WorkingGroup, ct);

    /// <summary>Every contact of one list, the active ones first.</summary>
    public async Task<IReadOnlyList<WorkingGroupMember>> ListAsync(ContactUnit unit, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var all = await db.Set<WorkingGroupMemberRecord>().AsNoTracking().Where(m => m.Unit == unit).ToListAsync(ct);
        return [.. Ordered(all).OrderByDescending(m => m.Active).Select(WorkingGroupMember.From)];
    }

    /// <summary>Field by field, as resource keys, including what only the database knows: an e-mail already in the
    /// directory and a second head.</summary>
    public async Task<Dictionary<string, ResourceText>> ValidateAsync(WorkingGroupMemberForm form, CancellationToken ct = default)
    {
        var errors = Validate(form);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var members = db.Set<WorkingGroupMemberRecord>().AsNoTracking();
        if (!errors.ContainsKey(nameof(form.Email)))
        {
            var email = NormalEmail(form.Email);
            if (await members.AnyAsync(m => m.Unit == form.Unit && m.Email == email && m.Id != form.Id, ct))
                errors[nameof(form.Email)] = new("WorkingGroup.EmailTaken", email);
        }
        var staysActive = form.Id is not { } id || await members.AnyAsync(m => m.Id == id && m.Active, ct);
        if (form.IsHead && form.Unit == ContactUnit.WorkingGroup && staysActive && await OtherActiveHeadAsync(db, form.Id, ct) is { } head)
            errors[nameof(form.IsHead)] = new("WorkingGroup.HeadTaken", head);
        return errors;
    }

    public async Task<CommandResult> SaveAsync(WorkingGroupMemberForm form, CancellationToken ct = default)
    {
        if (await ValidateAsync(form, ct) is { Count: > 0 } errors) return CommandResult.Invalid(errors);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        WorkingGroupMemberRecord? member;
        if (form.Id is not { } id) db.Set<WorkingGroupMemberRecord>().Add(member = new WorkingGroupMemberRecord { Unit = form.Unit });
        else if ((member = await db.Set<WorkingGroupMemberRecord>().FirstOrDefaultAsync(m => m.Id == id && m.Unit == form.Unit, ct)) is null
            || member.Version != form.Version)
            return Conflict();
        member.FullName = form.FullName.Trim();
        member.Position = Optional(form.Position);
        member.Email = NormalEmail(form.Email);
        member.Phone = Optional(form.Phone);
        // Heading the group and its information security are the Working Group's roles (R2 §25), not the Owner's unit's.
        var ofGroup = member.Unit == ContactUnit.WorkingGroup;
        (member.HandlesInformationSecurity, member.IsHead) = (ofGroup && form.HandlesInformationSecurity, ofGroup && form.IsHead);
        return await SaveAsync(db, member.Email, ct);
    }

    /// <summary>Deactivates (no more alerts) or reactivates a member; <paramref name="version"/> is the row the user saw.</summary>
    public async Task<CommandResult> SetActiveAsync(Guid id, Guid version, bool active, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var member = await db.Set<WorkingGroupMemberRecord>().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (member is null || member.Version != version) return Conflict();
        if (member.Active == active) return CommandResult.Ok();
        if (active && member.IsHead && await OtherActiveHeadAsync(db, id, ct) is { } head)
            return CommandResult.Refused(RefusalCode.Duplicate, "WorkingGroup.HeadTaken", head);
        member.Active = active;
        return await SaveAsync(db, member.Email, ct);
    }

    private static Dictionary<string, ResourceText> Validate(WorkingGroupMemberForm form)
    {
        var errors = new Dictionary<string, ResourceText>();
        void Check(string field, bool failed, string key, params object[] args)
        {
            if (failed) errors.TryAdd(field, new(key, args));
        }

        Check(nameof(form.FullName), string.IsNullOrWhiteSpace(form.FullName), "WorkingGroup.NameRequired");
        Check(nameof(form.FullName), form.FullName.Trim().Length > MaxLength, "Appeal.TooLong", MaxLength);
        Check(nameof(form.Position), form.Position?.Trim().Length > MaxLength, "Appeal.TooLong", MaxLength);
        Check(nameof(form.Email), string.IsNullOrWhiteSpace(form.Email), "WorkingGroup.EmailRequired");
        Check(nameof(form.Email), form.Email.Trim().Length > MaxLength || !AppealValidator.IsEmail(form.Email), "Appeal.EmailInvalid");
        Check(nameof(form.Phone), !string.IsNullOrWhiteSpace(form.Phone) && !AppealValidator.IsKazakhPhone(form.Phone), "Appeal.PhoneInvalid");
        return errors;
    }

    private static async Task<string?> OtherActiveHeadAsync(AppDbContext db, Guid? id, CancellationToken ct) =>
        await db.Set<WorkingGroupMemberRecord>().AsNoTracking()
            .Where(m => m.Unit == ContactUnit.WorkingGroup && m.IsHead && m.Active && m.Id != id).Select(m => m.FullName).FirstOrDefaultAsync(ct);

    /// <summary>Two people adding the same address at once: the unique index refuses the second.</summary>
    private static Task<CommandResult> SaveAsync(AppDbContext db, string email, CancellationToken ct) =>
        CommandSaves.SaveAsync(db, Conflict, () => CommandResult.Refused(RefusalCode.Duplicate, "WorkingGroup.EmailTaken", email), ct);

    private static CommandResult Conflict() => CommandResult.Refused(RefusalCode.Stale, "WorkingGroup.Conflict");

    private static IEnumerable<WorkingGroupMemberRecord> Ordered(IEnumerable<WorkingGroupMemberRecord> members) =>
        members.OrderByDescending(m => m.IsHead).ThenByDescending(m => m.HandlesInformationSecurity).ThenBy(m => m.FullName, StringComparer.CurrentCulture);

    /// <summary>Addresses are kept in lower case, so the unique index also refuses a duplicate in other letters.</summary>
    public static string NormalEmail(string email) => email.Trim().ToLowerInvariant();

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
