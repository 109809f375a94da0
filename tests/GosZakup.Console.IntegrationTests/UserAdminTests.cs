using System.Globalization;
using System.Net;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Admin;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.IntegrationTests;

public class UserAdminTests(ConsoleFactory factory)
{
    private const string StrongPassword = "Strong-Pass-2026";

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    private Task<CommandResult> CreateAsync(UserForm form) => InScopeAsync(s => s.GetRequiredService<UserAdminService>().CreateAsync(form));

    private Task<UserRow> RowAsync(string email) =>
        InScopeAsync(async s => (await s.GetRequiredService<UserAdminService>().ListAsync(email)).Single());

    private static UserForm NewUser(string email, params string[] roles) =>
        new()
        {
            Email = email, FullName = "Test " + email, FullNameKk = "Сынақ Қызметкер", FullNameRu = "Тестов Сотрудник", Roles = [.. roles],
            Password = StrongPassword
        };

    [Fact]
    public async Task An_admin_creates_a_user_who_can_then_sign_in()
    {
        var result = await CreateAsync(NewUser("new.operator@test.kz", "Operator"));

        Assert.True(result.Succeeded, string.Join("; ", result.FieldErrors.Keys) + result.Refusal);
        var client = factory.NewClient();
        var signIn = await SignIn.PostAsync(client, "new.operator@test.kz", StrongPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/inbox", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task A_user_without_a_role_or_a_strong_password_is_refused_with_reasons_and_nothing_is_saved()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("ru-RU");
        var form = NewUser("weak@test.kz");
        form.Password = "short";

        var result = await CreateAsync(form);

        Assert.Equal("Users.RoleRequired", result.FieldErrors[nameof(UserForm.Roles)].Key);
        form.Roles = ["Operator"];
        var second = await CreateAsync(form);
        // Identity's own error, under its code, in its localized describer's words.
        Assert.Contains("не менее 10 символов", second.FieldErrors[nameof(IdentityErrorDescriber.PasswordTooShort)].Args[0] as string);
        var count = await InScopeAsync(s => s.GetRequiredService<AppDbContext>().Users.CountAsync(u => u.Email == "weak@test.kz"));
        Assert.Equal(0, count);
    }

    [Fact]
    public async Task An_edit_made_from_a_stale_copy_is_reported_as_a_conflict_not_saved()
    {
        await CreateAsync(NewUser("conflict@test.kz", "Operator"));
        var stale = UserForm.From(await RowAsync("conflict@test.kz"));
        var fresh = UserForm.From(await RowAsync("conflict@test.kz"));
        fresh.FullName = "First editor";
        Assert.True((await InScopeAsync(s => s.GetRequiredService<UserAdminService>().UpdateAsync(fresh, "admin"))).Succeeded);

        stale.FullName = "Second editor";
        var result = await InScopeAsync(s => s.GetRequiredService<UserAdminService>().UpdateAsync(stale, "admin"));

        Assert.Equal(RefusalCode.Stale, result.Refusal);
        Assert.Equal("Users.Conflict", result.Reason?.Key);
        Assert.Equal("First editor", (await RowAsync("conflict@test.kz")).FullName);
    }

    [Fact]
    public async Task Roles_are_replaced_as_a_whole()
    {
        await CreateAsync(NewUser("roles@test.kz", "Operator", "Specialist"));
        var form = UserForm.From(await RowAsync("roles@test.kz"));
        form.Roles = ["Manager"];

        await InScopeAsync(s => s.GetRequiredService<UserAdminService>().UpdateAsync(form, "admin"));

        Assert.Equal(["Manager"], (await RowAsync("roles@test.kz")).Roles);
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in()
    {
        await CreateAsync(NewUser("disabled@test.kz", "Specialist"));
        var row = await RowAsync("disabled@test.kz");

        var result = await InScopeAsync(s => s.GetRequiredService<UserAdminService>().SetDisabledAsync(row.Id, row.ConcurrencyStamp, true, "admin"));

        Assert.True(result.Succeeded);
        var response = await SignIn.PostAsync(factory.NewClient(), "disabled@test.kz", StrongPassword);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // the form again, with the reason
        Assert.Contains("data-testid=\"login-error\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_admin_cannot_disable_themselves()
    {
        await CreateAsync(NewUser("self@test.kz", "Admin"));
        var row = await RowAsync("self@test.kz");

        var result = await InScopeAsync(s => s.GetRequiredService<UserAdminService>().SetDisabledAsync(row.Id, row.ConcurrencyStamp, true, row.Id));

        Assert.Equal(RefusalCode.NotForSelf, result.Refusal);
        Assert.False((await RowAsync("self@test.kz")).IsDisabled);
    }

    [Fact]
    public async Task Creating_a_user_is_audited_with_the_role_membership()
    {
        await CreateAsync(NewUser("audited@test.kz", "Supervisor"));
        var row = await RowAsync("audited@test.kz");

        var entries = await InScopeAsync(s => s.GetRequiredService<AppDbContext>().AuditEntries
            .Where(a => a.EntityId == row.Id || a.EntityId == row.Id + "/Supervisor").ToListAsync());

        Assert.Contains(entries, e => e.EntityType == "User" && e.After!.Contains("audited@test.kz"));
        Assert.Contains(entries, e => e.EntityType == "UserRole");
    }
}
