using System.Security.Cryptography.X509Certificates;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GosZakup.Console.Web.Hosting;

/// <summary>The keys that sign the console's cookies (ASP.NET Core data protection), kept in the database so several
/// instances share them. Stored as they are, a database backup is enough to forge a sign-in cookie; with a certificate
/// (<c>DataProtection:CertificateFile</c> + <c>DataProtection:CertificatePassword</c>, or
/// <c>DataProtection:CertificateThumbprint</c> from the machine's store) each key is stored encrypted to it.</summary>
public static class CookieKeys
{
    public const string ApplicationName = "GosZakup.Console";

    /// <summary>What an operator reads in the log and in /health when Production has no certificate.</summary>
    public const string Unencrypted =
        "Cookie-signing keys are stored unencrypted in the database: anyone with a backup can forge sign-in cookies. "
        + "Set DataProtection:CertificateFile (a .pfx with its private key) and DataProtection:CertificatePassword, "
        + "or DataProtection:CertificateThumbprint (a certificate in the CurrentUser or LocalMachine 'My' store), and restart.";

    public static IDataProtectionBuilder AddCookieKeys(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        var certificate = CertificateFrom(config);
        services.AddSingleton(new CookieKeyProtection(Encrypted: certificate is not null, Required: !env.IsDevelopment()));
        var keys = services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<AppDbContext>();
        // Also registers the certificate for decryption, so keys it encrypted are read back without the machine's store.
        if (certificate is not null) keys.ProtectKeysWithCertificate(certificate);
        return keys;
    }

    /// <summary>The configured certificate, or null when none is configured; a configured one that cannot be read
    /// stops the start with the reason (a wrong password or path must not fall back to unencrypted keys).</summary>
    public static X509Certificate2? CertificateFrom(IConfiguration config)
    {
        var file = config["DataProtection:CertificateFile"];
        var thumbprint = config["DataProtection:CertificateThumbprint"];
        if (!string.IsNullOrWhiteSpace(file)) return FromFile(file, config["DataProtection:CertificatePassword"]);
        if (!string.IsNullOrWhiteSpace(thumbprint)) return FromStore(thumbprint);
        return null;
    }

    private static X509Certificate2 FromFile(string file, string? password)
    {
        if (!File.Exists(file))
            throw new InvalidOperationException($"DataProtection:CertificateFile is '{file}', but there is no such file.");
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(file, password, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (System.Security.Cryptography.CryptographicException e)
        {
            throw new InvalidOperationException(
                $"DataProtection:CertificateFile '{file}' could not be opened: check DataProtection:CertificatePassword ({e.Message}).", e);
        }
        return certificate.HasPrivateKey ? certificate
            : throw new InvalidOperationException($"DataProtection:CertificateFile '{file}' holds no private key; the keys could not be read back.");
    }

    private static X509Certificate2 FromStore(string thumbprint)
    {
        var wanted = thumbprint.Replace(" ", "", StringComparison.Ordinal).Trim();
        foreach (var location in new[] { StoreLocation.CurrentUser, StoreLocation.LocalMachine })
        {
            using var store = new X509Store(StoreName.My, location);
            store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
            var found = store.Certificates.Find(X509FindType.FindByThumbprint, wanted, validOnly: false);
            if (found.Count > 0 && found[0].HasPrivateKey) return found[0];
        }
        throw new InvalidOperationException($"DataProtection:CertificateThumbprint is '{thumbprint}', " +
            "but no certificate with its private key has it in the CurrentUser or LocalMachine 'My' store.");
    }

    /// <summary>At start: outside Development without a certificate, says so at error level.</summary>
    public static void WarnWhenUnencrypted(IServiceProvider services)
    {
        if (services.GetRequiredService<CookieKeyProtection>().IsWeak)
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CookieKeys).FullName!).LogError(Unencrypted);
    }
}

/// <summary>Whether the cookie-signing keys are encrypted at rest, and whether this environment requires it.</summary>
public sealed record CookieKeyProtection(bool Encrypted, bool Required)
{
    public bool IsWeak => Required && !Encrypted;
}

/// <summary>Degraded outside Development while the cookie-signing keys are stored unencrypted.</summary>
public sealed class CookieKeysHealthCheck(CookieKeyProtection protection) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        Task.FromResult(protection switch
        {
            { IsWeak: true } => HealthCheckResult.Degraded(CookieKeys.Unencrypted),
            { Encrypted: true } => HealthCheckResult.Healthy("Cookie-signing keys are encrypted with the configured certificate"),
            _ => HealthCheckResult.Healthy("Development: cookie-signing keys are not encrypted"),
        });
}
