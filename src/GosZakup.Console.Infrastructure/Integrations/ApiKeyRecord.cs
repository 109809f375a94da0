using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GosZakup.Console.Infrastructure.Integrations;

/// <summary>A key another system (monitoring, the portal) uses to post appeals. Only its SHA-256 hash is
/// stored; the key itself is shown once, when an Admin issues it.</summary>
public sealed class ApiKeyRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Name { get; set; } = "";

    /// <summary>The key's first characters, so an Admin can tell keys apart without the secret.</summary>
    public string Prefix { get; set; } = "";
    public string Hash { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime? RevokedAtUtc { get; set; }
    public DateTime? LastUsedAtUtc { get; set; }

    public bool IsActive => RevokedAtUtc is null;

    public static string HashOf(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>A new random key (32 bytes, URL-safe) and its record.</summary>
    public static (string Key, ApiKeyRecord Record) Issue(string name, string createdBy, DateTime nowUtc)
    {
        var key = "gzc_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (key, new ApiKeyRecord { Name = name.Trim(), Prefix = key[..10], Hash = HashOf(key), CreatedAtUtc = nowUtc, CreatedBy = createdBy });
    }
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKeyRecord>
{
    public void Configure(EntityTypeBuilder<ApiKeyRecord> key)
    {
        key.ToTable("ApiKeys");
        key.Property(k => k.Name).HasMaxLength(200);
        key.Property(k => k.Prefix).HasMaxLength(12);
        key.Property(k => k.Hash).HasMaxLength(64);
        key.HasIndex(k => k.Hash).IsUnique();
        key.Property(k => k.CreatedBy).HasMaxLength(256);
    }
}
