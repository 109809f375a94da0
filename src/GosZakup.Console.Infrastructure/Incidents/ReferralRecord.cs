using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GosZakup.Console.Infrastructure.Incidents;

public enum ReferralKind
{
    /// <summary>R2 §21: signs of an offence are referred to law enforcement.</summary>
    LawEnforcement = 1,

    /// <summary>R2 §22: outside specialists called in, only with the Owner's consent.</summary>
    OutsideSpecialists = 2,
}

/// <summary>A referral of the incident outside the operator, with its letter and documents.</summary>
public sealed class ReferralRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid IncidentId { get; set; }
    public ReferralKind Kind { get; set; }
    public DateTime AtUtc { get; set; }
    public string Addressee { get; set; } = "";

    /// <summary>The outgoing letter's number and date, as registered by the office.</summary>
    public string? LetterReference { get; set; }

    /// <summary>R2 §22: the Owner's consent (letter number and date); required for outside specialists.</summary>
    public string? OwnerConsent { get; set; }
    public string? Note { get; set; }
    public string ByName { get; set; } = "";
}

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<ReferralRecord>
{
    public void Configure(EntityTypeBuilder<ReferralRecord> referral)
    {
        referral.ToTable("Referrals");
        referral.Property(r => r.Kind).HasConversion<string>().HasMaxLength(30);
        referral.Property(r => r.Addressee).HasMaxLength(300);
        referral.Property(r => r.LetterReference).HasMaxLength(100);
        referral.Property(r => r.OwnerConsent).HasMaxLength(200);
        referral.Property(r => r.Note).HasMaxLength(2000);
        referral.Property(r => r.ByName).HasMaxLength(256);
        referral.HasIndex(r => r.IncidentId);
        referral.HasOne<IncidentRecord>().WithMany().HasForeignKey(r => r.IncidentId);
    }
}
