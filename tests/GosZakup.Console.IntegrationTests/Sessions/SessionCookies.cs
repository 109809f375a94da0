using System.Net;
using System.Text.RegularExpressions;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Admin;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.IntegrationTests.Sessions;

/// <summary>Requests that carry cookies by hand, as an attacker who copied one would; and fresh users of a test's own,
/// so disabling one never touches a demo user another test signs in with.</summary>
public static partial class SessionCookies
{
    public const string Password = "Stale-Session-2026";

    public static async Task<string> NewUserAsync(ConsoleFactory factory, string email, params string[] roles)
    {
        var result = await AdminAsync(factory, admin => admin.CreateAsync(new UserForm
        {
            Email = email, FullName = "Session " + email, FullNameKk = "Сеанс Қызметкер", FullNameRu = "Сеансов Сотрудник",
            Roles = [.. roles], Password = Password,
        }));
        Assert.True(result.Succeeded, string.Join("; ", result.FieldErrors.Keys) + result.Refusal);
        return (await RowAsync(factory, email)).Id;
    }

    public static async Task<UserRow> RowAsync(ConsoleFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserAdminService>().ListAsync(email)).Single();
    }

    public static async Task<CommandResult> AdminAsync(ConsoleFactory factory, Func<UserAdminService, Task<CommandResult>> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var result = await action(scope.ServiceProvider.GetRequiredService<UserAdminService>());
        Assert.True(result.Succeeded, string.Join("; ", result.FieldErrors.Keys) + result.Refusal);
        return result;
    }

    /// <summary>Signs in through the real form and returns the sign-in cookie as a <c>Cookie</c> header value.</summary>
    public static async Task<string> SignInAsync(HttpClient client, string email)
    {
        var page = await client.GetAsync("/account/login", TestContext.Current.CancellationToken);
        var antiforgery = CookieFrom(page, ".AspNetCore.Antiforgery");
        var post = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "login", ["__RequestVerificationToken"] = await TokenAsync(page),
                ["Input.Email"] = email, ["Input.Password"] = Password,
            }),
        };
        post.Headers.Add("Cookie", antiforgery);
        var response = await client.SendAsync(post, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return CookieFrom(response, ".GosZakup.Console.Auth");
    }

    /// <summary>The app bar's sign-out button: the antiforgery-checked form post, from a page the cookie opens.</summary>
    public static async Task SignOutAsync(HttpClient client, string authCookie)
    {
        var page = await GetAsync(client, "/journal", authCookie);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var post = new HttpRequestMessage(HttpMethod.Post, "/account/logout")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = await TokenAsync(page) }),
        };
        post.Headers.Add("Cookie", $"{authCookie}; {CookieFrom(page, ".AspNetCore.Antiforgery")}");
        var response = await client.SendAsync(post, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location!.OriginalString);
    }

    public static Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string authCookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", authCookie);
        return client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static void AssertSentToSignIn(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.OrdinalIgnoreCase);
    }

    public static HttpClient NewClient(ConsoleFactory factory) => factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

    private static string CookieFrom(HttpResponseMessage response, string name) =>
        response.Headers.GetValues("Set-Cookie").First(c => c.StartsWith(name, StringComparison.Ordinal)).Split(';')[0];

    private static async Task<string> TokenAsync(HttpResponseMessage page) =>
        Token().Match(await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
