using System.Security.Claims;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.Persistence.Audit;
using GosZakup.Console.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace GosZakup.Console.IntegrationTests.HostDefences;

/// <summary>Cookie-signing keys at rest: with a configured certificate a database backup holds no usable key.</summary>
public sealed class CookieKeysTests : IDisposable
{
    private const string Password = "cookie-keys-test";
    private readonly TempDatabase database = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task With_a_certificate_the_stored_keys_are_encrypted_and_sign_in_cookies_still_round_trip()
    {
        var settings =
            new Dictionary<string, string?> { ["DataProtection:CertificateFile"] = CertificateFile(), ["DataProtection:CertificatePassword"] = Password };
        await MigrateAsync();

        var cookie = SignInCookie(Instance(settings, Environments.Production), "specialist@demo.kz");
        var read = Ticket(Instance(settings, Environments.Production)).Unprotect(cookie);

        Assert.Equal("specialist@demo.kz", read?.Principal.Identity?.Name);
        var stored = await StoredKeysAsync();
        Assert.NotEmpty(stored);
        Assert.All(stored, xml =>
        {
            Assert.Contains("<encryptedSecret", xml);
            Assert.DoesNotContain("<masterKey", xml);
        });
    }

    [Fact]
    public async Task Without_a_certificate_the_key_and_its_secret_lie_in_the_database_in_clear()
    {
        await MigrateAsync();

        SignInCookie(Instance([], Environments.Development), "specialist@demo.kz");

        Assert.All(await StoredKeysAsync(), xml => Assert.Contains("<masterKey", xml));
    }

    [Fact]
    public async Task Production_without_a_certificate_reports_the_cookie_keys_degraded_in_words()
    {
        await using var services = Instance([], Environments.Production);

        var result = await new CookieKeysHealthCheck(services.GetRequiredService<CookieKeyProtection>()).CheckHealthAsync(new HealthCheckContext(), Ct);

        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Contains("DataProtection:CertificateFile", result.Description);
        Assert.Contains("DataProtection:CertificateThumbprint", result.Description);
    }

    [Fact]
    public async Task Development_needs_no_certificate()
    {
        await using var services = Instance([], Environments.Development);

        var result = await new CookieKeysHealthCheck(services.GetRequiredService<CookieKeyProtection>()).CheckHealthAsync(new HealthCheckContext(), Ct);

        Assert.Equal(HealthStatus.Healthy, result.Status);
    }

    [Fact]
    public void A_wrong_certificate_password_stops_the_start_rather_than_leaving_the_keys_unencrypted()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DataProtection:CertificateFile"] = CertificateFile(), ["DataProtection:CertificatePassword"] = "wrong",
        }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => CookieKeys.CertificateFrom(config));

        Assert.Contains("DataProtection:CertificatePassword", error.Message);
    }

    /// <summary>An app instance's data protection on the temporary database, as the host registers it.</summary>
    private ServiceProvider Instance(Dictionary<string, string?> settings, string environment)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddScoped<ICurrentActor, SystemActor>()
            .AddConsoleDatabase(database.Settings);
        services.AddCookieKeys(config, new HostingEnvironment { EnvironmentName = environment });
        return services.BuildServiceProvider();
    }

    private static TicketDataFormat Ticket(IServiceProvider services) =>
        new(services.GetRequiredService<IDataProtectionProvider>()
            .CreateProtector("Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationMiddleware", "Identity.Application", "v2"));

    private static string SignInCookie(ServiceProvider services, string email)
    {
        using (services)
        {
            var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, email)], "Identity.Application"));
            return Ticket(services).Protect(new AuthenticationTicket(principal, "Identity.Application"));
        }
    }

    private Task MigrateAsync() => database.MigrateAsync();

    private async Task<List<string>> StoredKeysAsync()
    {
        await using var db = database.NewContext();
        return await db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync(Ct);
    }

    private string CertificateFile()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=GosZakup.Console cookie keys (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var file = Path.Combine(database.Folder, "cookie-keys.pfx");
        File.WriteAllBytes(file, certificate.Export(X509ContentType.Pfx, Password));
        return file;
    }

    public void Dispose() => database.Dispose();
}
