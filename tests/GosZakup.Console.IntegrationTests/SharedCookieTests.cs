using System.Net;
using System.Text.RegularExpressions;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.Persistence.Audit;
using GosZakup.Console.Web.Security.Sessions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.IntegrationTests;

public partial class SharedCookieTests(ConsoleFactory factory)
{
    [Fact]
    public async Task A_second_instance_on_the_same_database_reads_the_sign_in_cookie()
    {
        var cookie = await SignInCookieAsync("specialist@demo.kz");

        // Another app instance: its own services, the same database and application name.
        var secondInstance = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddScoped<ICurrentActor, SystemActor>()
            .AddConsoleDatabase(DatabaseSettings.SqliteIn(factory.DataFolder));
        secondInstance.AddDataProtection().SetApplicationName("GosZakup.Console").PersistKeysToDbContext<AppDbContext>();
        await using var services = secondInstance.BuildServiceProvider();
        var protector = services.GetRequiredService<IDataProtectionProvider>()
            .CreateProtector("Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationMiddleware", "Identity.Application", "v2");

        // The cookie carries only the key of the sign-in kept in the shared database (Security/Sessions).
        var key = new TicketDataFormat(protector).Unprotect(cookie)!.Principal.FindFirst("Microsoft.AspNetCore.Authentication.Cookies-SessionId")!.Value;
        var ticket = await new SessionTicketStore(services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System).RetrieveAsync(key);

        Assert.NotNull(ticket);
        Assert.Equal("specialist@demo.kz", ticket.Principal.Identity!.Name);
    }

    private async Task<string> SignInCookieAsync(string email)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var page = await client.GetAsync("/account/login", TestContext.Current.CancellationToken);
        var antiforgeryCookie = page.Headers.GetValues("Set-Cookie").First(c => c.StartsWith(".AspNetCore.Antiforgery")).Split(';')[0];
        var token = Token().Match(await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Groups[1].Value;
        var post = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "login", ["__RequestVerificationToken"] = token,
                ["Input.Email"] = email, ["Input.Password"] = SignIn.DemoPassword,
            }),
        };
        post.Headers.Add("Cookie", antiforgeryCookie);
        var response = await client.SendAsync(post, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var auth = response.Headers.GetValues("Set-Cookie").First(c => c.StartsWith(".GosZakup.Console.Auth="));
        return auth.Split(';')[0][".GosZakup.Console.Auth=".Length..];
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
