using System.ComponentModel.DataAnnotations;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Infrastructure.Identity;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Admin;

/// <summary>The Admin's user management. Each action runs in its own scope and transaction: it is saved
/// whole or not at all, and a change someone else made meanwhile is reported, never overwritten.</summary>
public sealed class UserAdminService(IServiceScopeFactory scopes, TimeProvider clock)
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

    public Task<CommandResult> CreateAsync(UserForm form) =>
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

    public Task<CommandResult> UpdateAsync(UserForm form, string actingUserId) =>
        WithUserAsync(form.Id!, form.ConcurrencyStamp, async (users, user) =>
        {
            var invalid = Validate(form, requirePassword: false);
            if (invalid is not null) return invalid;
            if (user.Id == actingUserId && !form.Roles.Contains(StaffRole.Admin))
                return CommandResult.Refused(RefusalCode.NotForSelf, "Users.CannotDropOwnAdmin");
            (user.FullName, user.FullNameKk, user.FullNameRu) =
                (form.FullName.Trim(), StaffNameRules.Tidy(form.FullNameKk), StaffNameRules.Tidy(form.FullNameRu));
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

    public Task<CommandResult> ResetPasswordAsync(string id, string? stamp, string? newPassword) =>
        WithUserAsync(id, stamp, async (users, user, db) =>
        {
            if (string.IsNullOrEmpty(newPassword)) return CommandResult.Invalid(nameof(UserForm.Password), "Users.PasswordRequired");
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var result = await Steps(() => users.ResetPasswordAsync(user, token, newPassword), () => users.SetLockoutEndDateAsync(user, null));
            // A new password ends the sign-ins made with the old one.
            if (result.Succeeded) await EndSessionsAsync(db, user.Id);
            return result;
        });

    public Task<CommandResult> SetDisabledAsync(string id, string? stamp, bool disabled, string actingUserId) =>
        WithUserAsync(id, stamp, async (users, user, db) =>
        {
            if (disabled && user.Id == actingUserId) return CommandResult.Refused(RefusalCode.NotForSelf, "Users.CannotDisableSelf");
            user.IsDisabled = disabled;
            var result = await Steps(() => users.UpdateSecurityStampAsync(user));
            // Its sign-ins end with the account: the next request is refused, and an open page at its next click or within seconds.
            if (result.Succeeded && disabled) await EndSessionsAsync(db, user.Id);
            return result;
        });

    public Task<CommandResult> UnlockAsync(string id, string? stamp) =>
        WithUserAsync(id, stamp, (users, user) =>
            Steps(() => users.SetLockoutEndDateAsync(user, null), () => users.ResetAccessFailedCountAsync(user)));

    /// <summary>Field by field, under the form's property names; a field gets its first problem.</summary>
    private static CommandResult? Validate(UserForm form, bool requirePassword)
    {
        var errors = new Dictionary<string, ResourceText>();
        void Add(string field, ResourceText? problem)
        {
            if (problem is not null) errors.TryAdd(field, problem);
        }

        var email = form.Email?.Trim() ?? "";
        if (email.Length == 0) Add(nameof(form.Email), new("Users.EmailRequired"));
        else if (email.Length > Domain.Incidents.AppealRules.MaxEmailLength)
            Add(nameof(form.Email),
                new("Field.Problem", new ResourceText("Users.Email"),
                    new ResourceText("Text.TooLong", Domain.Incidents.AppealRules.MaxEmailLength, email.Length)));
        else if (!new EmailAddressAttribute().IsValid(email)) Add(nameof(form.Email), new("Identity.InvalidEmail", form.Email!));
        if (string.IsNullOrWhiteSpace(form.FullName)) Add(nameof(form.FullName), new("Users.FullNameRequired"));
        else if (form.FullName.Trim().Length > StaffNameRules.MaxLength) Add(nameof(form.FullName),
            new("Users.NameTooLong", new ResourceText("Users.FullName"), StaffNameRules.MaxLength));
        else if (TextFieldRules.Fault(form.FullName, multiLine: false) is { } nameProblem) Add(nameof(form.FullName),
            new("Field.Problem", new ResourceText("Users.FullName"), nameProblem));
        Add(nameof(form.FullNameKk), StaffNameRules.Check(form.FullNameKk, "Users.FullNameKkRequired", "Users.FullNameKk"));
        Add(nameof(form.FullNameRu), StaffNameRules.Check(form.FullNameRu, "Users.FullNameRuRequired", "Users.FullNameRu"));
        if (form.Roles.Count == 0 || !form.Roles.All(StaffRole.IsKnown)) Add(nameof(form.Roles), new("Users.RoleRequired"));
        if (requirePassword && string.IsNullOrEmpty(form.Password)) Add(nameof(form.Password), new("Users.PasswordRequired"));
        if (!Cultures.IsSupported(form.Culture)) form.Culture = Cultures.Russian;
        return errors.Count == 0 ? null : CommandResult.Invalid(errors);
    }

    private Task<CommandResult> WithUserAsync(string id, string? stamp, Func<UserManager<ApplicationUser>, ApplicationUser, Task<CommandResult>> action) =>
        WithUserAsync(id, stamp, (users, user, _) => action(users, user));

    private Task<CommandResult> WithUserAsync(string id, string? stamp,
        Func<UserManager<ApplicationUser>, ApplicationUser, AppDbContext, Task<CommandResult>> action) =>
        InTransactionAsync(async (users, db) =>
        {
            var user = await users.FindByIdAsync(id);
            if (user is null) return CommandResult.Refused(RefusalCode.NotFound, "Users.NotFound");
            if (stamp is not null && user.ConcurrencyStamp != stamp) return CommandResult.Refused(RefusalCode.Stale, "Users.Conflict");
            return await action(users, user, db);
        });

    /// <summary>Deletes the user's server-side sign-ins (Security/Sessions), inside the action's transaction.</summary>
    private static Task<int> EndSessionsAsync(AppDbContext db, string userId) =>
        db.Set<SignInSessionRecord>().Where(s => s.UserId == userId).ExecuteDeleteAsync();

    private static Task<IdentityResult> Unchanged() => Task.FromResult(IdentityResult.Success);

    /// <summary>Runs the Identity calls in order, stopping at the first failure.</summary>
    private static async Task<CommandResult> Steps(params Func<Task<IdentityResult>>[] steps)
    {
        foreach (var step in steps)
        {
            var result = await step();
            if (!result.Succeeded)
                return result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure))
                    ? new CommandResult { Refusal = RefusalCode.Stale, Reason = ResourceText.Verbatim(result.Errors.First().Description) }
                    : CommandResult.Invalid(result.Errors.DistinctBy(e => e.Code).ToDictionary(e => e.Code, e => ResourceText.Verbatim(e.Description)));
        }
        return CommandResult.Ok();
    }

    private async Task<CommandResult> InTransactionAsync(Func<UserManager<ApplicationUser>, AppDbContext, Task<CommandResult>> work)
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
