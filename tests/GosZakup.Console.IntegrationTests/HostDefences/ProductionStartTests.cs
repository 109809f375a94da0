using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using GosZakup.Console.Infrastructure.Incidents;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.IntegrationTests.HostDefences;

public partial class ProductionStartTests(ProductionStart production) : IClassFixture<ProductionStart>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ConsoleProcess Console => production.Console;

    [Fact]
    public void An_explicit_ASPNETCORE_ENVIRONMENT_beats_the_launch_profile_s_default()
    {
        Assert.Equal("Production", Console.EnvironmentName);
    }

    [Fact]
    public async Task Production_seeds_no_demo_users_or_data_whatever_Demo_Seed_says()
    {
        await using var db = production.NewDb();

        Assert.Equal([ProductionStart.AdminEmail], await db.Users.Select(u => u.Email!).ToListAsync(Ct));
        Assert.Equal(0, await db.Set<AppealRecord>().CountAsync(Ct));
        Assert.Equal(0, await db.Set<IncidentRecord>().CountAsync(Ct));
    }

    [Fact]
    public void Production_creates_no_demo_CA_and_no_private_key_whatever_Signing_DemoAuthority_says()
    {
        var keyFiles = Directory.EnumerateFiles(Console.DataFolder, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".p12" or ".pfx" or ".key" or ".pem" or ".cer");

        Assert.False(Directory.Exists(Path.Combine(Console.DataFolder, "certificates")));
        Assert.Empty(keyFiles);
        Assert.Contains(Console.Output,
            line => line.Contains("Signing:DemoAuthority is true, but the Production environment ignores it", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Production_refuses_the_development_API_key()
    {
        using var client = Console.NewClient();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/appeals")
        {
            Content = JsonContent.Create(new { channel = "Monitoring", description = "Портал не отвечает" }),
            Headers = { { "X-Api-Key", "dev-only-goszakup-console-key" } },
        };

        var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Health_answers_and_says_degraded_while_the_cookie_keys_are_unencrypted()
    {
        using var client = Console.NewClient();

        var response = await client.GetAsync("/health", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal("Degraded", health.GetProperty("status").GetString());
        var keys = health.GetProperty("checks").GetProperty("cookie-keys");
        Assert.Equal("Degraded", keys.GetProperty("status").GetString());
        Assert.Contains("DataProtection:CertificateFile", keys.GetProperty("description").GetString());
        Assert.Equal("Healthy", health.GetProperty("checks").GetProperty("database-writes").GetProperty("status").GetString());
    }

    [Fact]
    public void The_start_log_says_at_error_level_what_to_configure_for_the_cookie_keys()
    {
        Assert.Contains(Console.Output, line => line.Contains("\"LogLevel\":\"Error\"", StringComparison.Ordinal)
            && line.Contains("DataProtection:CertificateFile", StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_Server_header_names_the_web_server()
    {
        using var client = Console.NewClient();

        var response = await client.GetAsync("/account/login", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Headers.Server);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Behind_a_TLS_proxy_the_antiforgery_and_culture_cookies_are_Secure()
    {
        using var client = Console.NewClient();

        var login = await client.SendAsync(ThroughProxy(HttpMethod.Get, "/account/login"), Ct);
        var culture = await client.SendAsync(ThroughProxy(HttpMethod.Get, "/culture/set?culture=kk-KZ&returnUrl=%2F"), Ct);

        Assert.Contains("secure", Cookie(login, ".AspNetCore.Antiforgery"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", Cookie(culture, ".AspNetCore.Culture"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Behind_a_TLS_proxy_the_sign_in_cookie_is_Secure()
    {
        using var client = Console.NewClient();
        var page = await client.SendAsync(ThroughProxy(HttpMethod.Get, "/account/login"), Ct);
        var post = ThroughProxy(HttpMethod.Post, "/account/login");
        post.Headers.Add("Cookie", Cookie(page, ".AspNetCore.Antiforgery").Split(';')[0]);
        post.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login", ["__RequestVerificationToken"] = Token().Match(await page.Content.ReadAsStringAsync(Ct)).Groups[1].Value,
            ["Input.Email"] = ProductionStart.AdminEmail, ["Input.Password"] = ProductionStart.AdminPassword,
        });

        var response = await client.SendAsync(post, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("secure", Cookie(response, ".GosZakup.Console.Auth"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Over_plain_HTTP_without_a_proxy_the_cookies_are_not_marked_Secure()
    {
        using var client = Console.NewClient();

        var login = await client.GetAsync("/account/login", Ct);

        Assert.DoesNotContain("secure", Cookie(login, ".AspNetCore.Antiforgery"), StringComparison.OrdinalIgnoreCase);
    }

    private static HttpRequestMessage ThroughProxy(HttpMethod method, string path) =>
        new(method, path) { Headers = { { "X-Forwarded-Proto", "https" }, { "X-Forwarded-For", "203.0.113.7" } } };

    private static string Cookie(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.FirstOrDefault(c => c.StartsWith(name, StringComparison.Ordinal)) is { } cookie
            ? cookie
            : throw new Xunit.Sdk.XunitException($"{(int)response.StatusCode} set no {name} cookie");

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
