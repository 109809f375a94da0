using GosZakup.Console.Domain.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace GosZakup.Console.Infrastructure.Identity;

/// <summary>Creates the roles (always), the demo users (Development only) and, in production, the first
/// administrator from configuration when no administrator exists yet.</summary>
public sealed class IdentitySeeder(
    RoleManager<IdentityRole> roles, UserManager<ApplicationUser> users, TimeProvider clock, ILogger<IdentitySeeder> log)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in StaffRole.All)
        {
            if (await roles.RoleExistsAsync(role)) continue;
            // The role's id is its name, so audit rows about memberships read plainly.
            Check(await roles.CreateAsync(new IdentityRole(role) { Id = role }), $"role {role}");
        }
    }

    public async Task SeedDemoUsersAsync(string usersFile)
    {
        var demo = DemoUsers.Read(usersFile);
        foreach (var person in demo.Users)
        {
            if (await users.FindByEmailAsync(person.Email) is { } existing)
            {
                await NameAsync(existing, person);
                continue;
            }
            await CreateAsync(person.Email, person.FullName, person.Culture, demo.Password, person.Roles, person.FullNameKk, person.FullNameRu);
        }
        log.LogInformation("Demo users ensured from {File}", usersFile);
    }

    /// <summary>Production start: when no administrator exists, create one from configuration, or say how to.</summary>
    public async Task EnsureAdministratorAsync(string? email, string? password)
    {
        if ((await users.GetUsersInRoleAsync(StaffRole.Admin)).Count > 0) return;
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password))
        {
            log.LogWarning("No administrator exists. Set Bootstrap:AdminEmail and Bootstrap:AdminPassword (environment variables) once to create one.");
            return;
        }
        await CreateAsync(email, "Administrator", "ru-RU", password, [StaffRole.Admin]);
        log.LogInformation("Administrator {Email} created from configuration", email);
    }

    /// <summary>A demo database made before users had Kazakh and Russian names gets them; an Admin's edit is kept.</summary>
    private async Task NameAsync(ApplicationUser user, DemoUser person)
    {
        if (user.FullNameKk.Length > 0 || user.FullNameRu.Length > 0) return;
        (user.FullNameKk, user.FullNameRu) = (person.FullNameKk, person.FullNameRu);
        Check(await users.UpdateAsync(user), $"names of {person.Email}");
    }

    private async Task CreateAsync(
        string email, string fullName, string culture, string password, IEnumerable<string> roleNames, string fullNameKk = "", string fullNameRu = "")
    {
        var user = new ApplicationUser
        {
            UserName = email, Email = email, EmailConfirmed = true, FullName = fullName, FullNameKk = fullNameKk, FullNameRu = fullNameRu, Culture = culture,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        Check(await users.CreateAsync(user, password), $"user {email}");
        Check(await users.AddToRolesAsync(user, roleNames), $"roles of {email}");
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Could not create {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
