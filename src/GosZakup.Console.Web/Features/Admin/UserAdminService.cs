using System.ComponentModel.DataAnnotations;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Infrastructure.Identity;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Localization;
using GosZakup.Console.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GosZakup.Console.Web.Features.Admin;

/// <summary>The Admin's user management. Each action runs in its own scope and transaction: it is saved
/// whole or not at all, and a change someone else made meanwhile is reported, never overwritten.</summary>
public sealed class UserAdminService(IServiceScopeFactory scopes, IStringLocalizer<SharedResource> l, TimeProvider clock)
{
    public async Task<IReadOnlyList<UserRow>> ListAsync(string? search = null)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToUpperInvariant();
            query = query.Where(u => u.NormalizedEmail!.Contains(term) || u.FullName.ToUpper().Contains(term)
                || u.FullNameKk.ToUpper().Contains(term) || u.FullNameRu.ToUpper().Contains(term));
        }
        var users = await query.OrderBy(u => u.Email).ToListAsync();
        var memberships = await db.UserRoles.AsNoTracking().ToListAsync();
        return users.Select(u => new UserRow(
            u.Id, u.Email ?? "", u.FullName,
            memberships.Where(m => m.UserId == u.Id).Select(m => m.RoleId).Order().ToList(),
            u.Culture, u.IsDisabled, u.LockoutEnd, u.ConcurrencyStamp ?? "", u.FullNameKk, u.FullNameRu)).ToList();
    }

    public Task<AdminResult> CreateAsync(UserForm form) =>
        InTransactionAsync(async (users, _) =>
        {
            var invalid = Validate(form, requirePassword: true);
            if (invalid is not null) return invalid;
            var user = new ApplicationUser
            {
                UserName = form.Email.Trim(), Email = form.Email.Trim(), EmailConfirmed = true,
                FullName = form.FullName.Trim(), FullNameKk = StaffNameRules.Tidy(form.FullNameKk), FullNameRu = StaffNameRules.Tidy(form.FullNameRu),
                Culture = form.Culture, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            };
            return await Steps(() => users.CreateAsync(user, form.Password!), () => users.AddToRolesAsync(user, form.Roles));
        });

    public Task<AdminResult> UpdateAsync(UserForm form, string actingUserId) =>
        WithUserAsync(form.Id!, form.ConcurrencyStamp, async (users, user) =>
        {
            var invalid = Validate(form, requirePassword: false);
            if (invalid is not null) return invalid;
            if (user.Id == actingUserId && !form.Roles.Contains(StaffRole.Admin))
                return AdminResult.Fail(l["Users.CannotDropOwnAdmin"]);
            (user.FullName, user.FullNameKk, user.FullNameRu) = (form.FullName.Trim(), StaffNameRules.Tidy(form.FullNameKk), StaffNameRules.Tidy(form.FullNameRu));
            user.Culture = form.Culture;
            var current = await users.GetRolesAsync(user);
            var email = form.Email.Trim();
            // Setting the e-mail or user name moves the security stamp, which ends the user's sign-ins: only when they change.
            // Roles take effect at the user's next request or click without it (Security/Sessions judges roles directly).
            return await Steps(
                () => email == user.Email ? Unchanged() : users.SetEmailAsync(user, email),
                () => email == user.UserName ? Unchanged() : users.SetUserNameAsync(user, email),
                () => users.RemoveFromRolesAsync(user, current.Except(form.Roles)),
                () => users.AddToRolesAsync(user, form.Roles.Except(current)),
                () => users.UpdateAsync(user));
        });

    public Task<AdminResult> ResetPasswordAsync(string id, string? stamp, string? newPassword) =>
        WithUserAsync(id, stamp, async (users, user, db) =>
        {
            if (string.IsNullOrEmpty(newPassword)) return AdminResult.Fail(l["Users.PasswordRequired"]);
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var result = await Steps(() => users.ResetPasswordAsync(user, token, newPassword), () => users.SetLockoutEndDateAsync(user, null));
            // A new password ends the sign-ins made with the old one.
            if (result.Succeeded) await EndSessionsAsync(db, user.Id);
            return result;
        });

    public Task<AdminResult> SetDisabledAsync(string id, string? stamp, bool disabled, string actingUserId) =>
        WithUserAsync(id, stamp, async (users, user, db) =>
        {
            if (disabled && user.Id == actingUserId) return AdminResult.Fail(l["Users.CannotDisableSelf"]);
            user.IsDisabled = disabled;
            var result = await Steps(() => users.UpdateSecurityStampAsync(user));
            // Its sign-ins end with the account: the next request is refused, and an open page at its next click or within seconds.
            if (result.Succeeded && disabled) await EndSessionsAsync(db, user.Id);
            return result;
        });

    public Task<AdminResult> UnlockAsync(string id, string? stamp) =>
        WithUserAsync(id, stamp, (users, user) =>
            Steps(() => users.SetLockoutEndDateAsync(user, null), () => users.ResetAccessFailedCountAsync(user)));

    private AdminResult? Validate(UserForm form, bool requirePassword)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(form.Email)) errors.Add(l["Users.EmailRequired"]);
        else if (form.Email.Trim().Length > Domain.Incidents.AppealRules.MaxEmailLength) errors.Add($"{l["Users.Email"]}: {l["Text.TooLong", Domain.Incidents.AppealRules.MaxEmailLength, form.Email.Trim().Length]}");
        else if (!new EmailAddressAttribute().IsValid(form.Email.Trim())) errors.Add(l["Identity.InvalidEmail", form.Email]);
        if (string.IsNullOrWhiteSpace(form.FullName)) errors.Add(l["Users.FullNameRequired"]);
        else if (form.FullName.Trim().Length > StaffNameRules.MaxLength) errors.Add(l["Users.NameTooLong", l["Users.FullName"], StaffNameRules.MaxLength]);
        else if (Localization.TextFieldRules.Problem(l, form.FullName, multiLine: false) is { } nameProblem) errors.Add($"{l["Users.FullName"]}: {nameProblem}");
        errors.AddRange(StaffNameRules.Check(form.FullNameKk, "Users.FullNameKkRequired", "Users.FullNameKk", l));
        errors.AddRange(StaffNameRules.Check(form.FullNameRu, "Users.FullNameRuRequired", "Users.FullNameRu", l));
        if (form.Roles.Count == 0 || !form.Roles.All(StaffRole.IsKnown)) errors.Add(l["Users.RoleRequired"]);
        if (requirePassword && string.IsNullOrEmpty(form.Password)) errors.Add(l["Users.PasswordRequired"]);
        if (!Cultures.IsSupported(form.Culture)) form.Culture = Cultures.Russian;
        return errors.Count == 0 ? null : new AdminResult(errors);
    }

    private Task<AdminResult> WithUserAsync(string id, string? stamp, Func<UserManager<ApplicationUser>, ApplicationUser, Task<AdminResult>> action) =>
        WithUserAsync(id, stamp, (users, user, _) => action(users, user));

    private Task<AdminResult> WithUserAsync(string id, string? stamp, Func<UserManager<ApplicationUser>, ApplicationUser, AppDbContext, Task<AdminResult>> action) =>
        InTransactionAsync(async (users, db) =>
        {
            var user = await users.FindByIdAsync(id);
            if (user is null) return AdminResult.Fail(l["Users.NotFound"]);
            if (stamp is not null && user.ConcurrencyStamp != stamp) return AdminResult.Concurrent(l["Users.Conflict"]);
            return await action(users, user, db);
        });

    /// <summary>Deletes the user's server-side sign-ins (Security/Sessions), inside the action's transaction.</summary>
    private static Task<int> EndSessionsAsync(AppDbContext db, string userId) =>
        db.Set<SignInSessionRecord>().Where(s => s.UserId == userId).ExecuteDeleteAsync();

    private static Task<IdentityResult> Unchanged() => Task.FromResult(IdentityResult.Success);

    /// <summary>Runs the Identity calls in order, stopping at the first failure.</summary>
    private static async Task<AdminResult> Steps(params Func<Task<IdentityResult>>[] steps)
    {
        foreach (var step in steps)
        {
            var result = await step();
            if (!result.Succeeded)
                return result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure))
                    ? AdminResult.Concurrent(result.Errors.First().Description)
                    : new AdminResult(result.Errors.Select(e => e.Description).ToList());
        }
        return AdminResult.Ok;
    }

    private async Task<AdminResult> InTransactionAsync(Func<UserManager<ApplicationUser>, AppDbContext, Task<AdminResult>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var result = await work(users, db);
            if (result.Succeeded) await transaction.CommitAsync();
            else await transaction.RollbackAsync();
            return result;
        });
    }
}
