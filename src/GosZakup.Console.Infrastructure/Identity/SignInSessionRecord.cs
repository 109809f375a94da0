using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GosZakup.Console.Infrastructure.Identity;

/// <summary>One sign-in, kept on the server: the cookie carries only a random key, this row holds the sign-in itself.
/// Signing out or an Admin disabling the account deletes the row, so a copied cookie opens nothing afterwards.</summary>
public sealed class SignInSessionRecord
{
    /// <summary>The SHA-256 of the cookie's key (hex): a copy of the database cannot be turned back into a cookie.</summary>
    public string Id { get; set; } = "";
    public string UserId { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }

    /// <summary>The sliding end (10 hours after the last renewal); a row past it is dead and swept at the next sign-in.</summary>
    public DateTime ExpiresAtUtc { get; set; }

    /// <summary>The authentication ticket (the user's claims at sign-in or at the last role change), as ASP.NET Core serialises it.</summary>
    public byte[] Ticket { get; set; } = [];
}

internal sealed class SignInSessionConfiguration : IEntityTypeConfiguration<SignInSessionRecord>
{
    public void Configure(EntityTypeBuilder<SignInSessionRecord> session)
    {
        session.ToTable("SignInSessions");
        session.Property(s => s.Id).HasMaxLength(64);
        session.Property(s => s.UserId).HasMaxLength(450);
        session.HasIndex(s => s.UserId);
        session.HasIndex(s => s.ExpiresAtUtc);
    }
}
