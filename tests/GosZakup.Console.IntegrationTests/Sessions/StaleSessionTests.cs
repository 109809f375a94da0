using System.Net;
using GosZakup.Console.Web.Features.Admin;
using static GosZakup.Console.IntegrationTests.Sessions.SessionCookies;

namespace GosZakup.Console.IntegrationTests.Sessions;

/// <summary>Issue 17: every request acts on the user's current standing, and signing out ends the sign-in on the server.</summary>
public sealed class StaleSessionTests(ConsoleFactory factory)
{
    [Fact]
    public async Task A_cookie_copied_before_sign_out_opens_nothing_after_it()
    {
        await NewUserAsync(factory, "copied.cookie@test.kz", "Specialist");
        var client = NewClient(factory);
        var cookie = await SignInAsync(client, "copied.cookie@test.kz");
        var copy = cookie;

        await SignOutAsync(client, cookie);

        AssertSentToSignIn(await GetAsync(client, "/journal", copy));
    }

    [Fact]
    public async Task Signing_out_ends_only_that_sign_in()
    {
        await NewUserAsync(factory, "two.windows@test.kz", "Specialist");
        var client = NewClient(factory);
        var first = await SignInAsync(client, "two.windows@test.kz");
        var second = await SignInAsync(client, "two.windows@test.kz");

        await SignOutAsync(client, first);

        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/journal", second)).StatusCode);
    }

    [Fact]
    public async Task A_disabled_users_next_request_is_refused()
    {
        var id = await NewUserAsync(factory, "disabled.now@test.kz", "Operator");
        var client = NewClient(factory);
        var cookie = await SignInAsync(client, "disabled.now@test.kz");
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/inbox", cookie)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/journal/export.xlsx", cookie)).StatusCode);

        var row = await RowAsync(factory, "disabled.now@test.kz");
        await AdminAsync(factory, admin => admin.SetDisabledAsync(id, row.ConcurrencyStamp, true, "admin"));

        AssertSentToSignIn(await GetAsync(client, "/inbox", cookie));
        AssertSentToSignIn(await GetAsync(client, "/journal/export.xlsx", cookie));
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(client, "/api/v1/obligations/preview", cookie)).StatusCode);
    }

    [Fact]
    public async Task A_removed_role_is_refused_at_once_and_the_sign_in_keeps_the_others()
    {
        await NewUserAsync(factory, "role.removed@test.kz", "Operator", "Manager");
        var client = NewClient(factory);
        var cookie = await SignInAsync(client, "role.removed@test.kz");
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/dashboard", cookie)).StatusCode);

        var form = UserForm.From(await RowAsync(factory, "role.removed@test.kz"));
        form.Roles = ["Operator"];
        await AdminAsync(factory, admin => admin.UpdateAsync(form, "admin"));

        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync(client, "/dashboard", cookie)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/inbox", cookie)).StatusCode);
    }

    [Fact]
    public async Task An_added_role_is_admitted_at_once_without_signing_in_again()
    {
        await NewUserAsync(factory, "role.added@test.kz", "Operator");
        var client = NewClient(factory);
        var cookie = await SignInAsync(client, "role.added@test.kz");
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync(client, "/dashboard", cookie)).StatusCode);

        var form = UserForm.From(await RowAsync(factory, "role.added@test.kz"));
        form.Roles = ["Operator", "Manager"];
        await AdminAsync(factory, admin => admin.UpdateAsync(form, "admin"));

        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/dashboard", cookie)).StatusCode);
    }

    [Fact]
    public async Task A_new_password_set_by_an_admin_ends_the_sign_ins_made_with_the_old_one()
    {
        var id = await NewUserAsync(factory, "new.password@test.kz", "Operator");
        var client = NewClient(factory);
        var cookie = await SignInAsync(client, "new.password@test.kz");

        var row = await RowAsync(factory, "new.password@test.kz");
        await AdminAsync(factory, admin => admin.ResetPasswordAsync(id, row.ConcurrencyStamp, "Another-Pass-2026!"));

        AssertSentToSignIn(await GetAsync(client, "/inbox", cookie));
    }

    [Fact]
    public async Task Renaming_a_user_keeps_their_sign_in()
    {
        await NewUserAsync(factory, "renamed@test.kz", "Operator");
        var client = NewClient(factory);
        var cookie = await SignInAsync(client, "renamed@test.kz");

        var form = UserForm.From(await RowAsync(factory, "renamed@test.kz"));
        form.FullName = "Renamed Person";
        await AdminAsync(factory, admin => admin.UpdateAsync(form, "admin"));

        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/inbox", cookie)).StatusCode);
    }
}
