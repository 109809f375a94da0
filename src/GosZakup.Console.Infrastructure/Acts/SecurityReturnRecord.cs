using GosZakup.Console.Infrastructure.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GosZakup.Console.Infrastructure.Acts;

public enum SecurityReturnState
{
    /// <summary>R2 §18: the organiser has 3 working days from the Act's publication to return the security.</summary>
    AwaitingOrganiser = 1,

    /// <summary>The organiser confirmed the return: done.</summary>
    ReturnedByOrganiser = 2,

    /// <summary>R2 §19 (operator-related only): the security was lost to the budget; the organiser's F3 letter is due in 2 working days.</summary>
    CreditedToBudget = 3,

    /// <summary>R2 §20: the F3 letter arrived; the operator refunds within 3 working days.</summary>
    LetterReceived = 4,

    /// <summary>The operator refunded the security from its own funds and told the supplier: done.</summary>
    Refunded = 5,
}

/// <summary>The return of one supplier's application security after a published Act (R2 §18-§20): one row per
/// supplier of the Act who lodged a security, its steps and who recorded each.</summary>
public sealed class SecurityReturnRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ActId { get; set; }
    public Guid ActSupplierId { get; set; }
    public string SupplierName { get; set; } = "";

    /// <summary>BIN or IIN, 12 digits.</summary>
    public string SupplierTaxpayerNumber { get; set; } = "";
    public string ProcurementNumber { get; set; } = "";
    public string? LotNumber { get; set; }
    public decimal Amount { get; set; }
    public SecurityReturnState State { get; set; } = SecurityReturnState.AwaitingOrganiser;
    public DateTime CreatedAtUtc { get; set; }

    // R2 §18: the organiser returns it.
    public DateTime ReturnDueAtUtc { get; set; }
    public DateTime? ReturnedAtUtc { get; set; }
    public string? ReturnNote { get; set; }
    public string? ReturnRecordedByName { get; set; }

    // R2 §19: lost to the budget, then the organiser's letter with form F3.
    public DateTime? CreditedAtUtc { get; set; }
    public SecurityCreditedTo? CreditedTo { get; set; }
    public string? CreditRecordedByName { get; set; }
    public DateTime? LetterDueAtUtc { get; set; }
    public DateTime? LetterReceivedAtUtc { get; set; }
    public string? LetterReference { get; set; }
    public string? OrganiserName { get; set; }
    public string? OrganiserBin { get; set; }
    public string? CustomerHeadName { get; set; }
    public string? Beneficiary { get; set; }
    public string? BeneficiaryBin { get; set; }
    public string? BeneficiaryBank { get; set; }
    public string? Iik { get; set; }
    public string? Bic { get; set; }
    public string? LetterRecordedByName { get; set; }

    // R2 §20: the operator refunds from its own funds and tells the supplier the same day.
    public DateTime? RefundDueAtUtc { get; set; }
    public DateTime? RefundedAtUtc { get; set; }
    public string? RefundPaymentReference { get; set; }
    public DateTime? SupplierToldAtUtc { get; set; }

    /// <summary>The supplier was told on another Astana day than the refund (R2 §20 says the same day).</summary>
    public bool SupplierToldLate { get; set; }
    public string? RefundRecordedByName { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public SupplierBankDetails? Bank => Iik is null ? null
        : new SupplierBankDetails(Beneficiary ?? "", BeneficiaryBin ?? "", BeneficiaryBank ?? "", Iik, Bic ?? "");
}

internal sealed class SecurityReturnConfiguration : IEntityTypeConfiguration<SecurityReturnRecord>
{
    public void Configure(EntityTypeBuilder<SecurityReturnRecord> row)
    {
        row.ToTable("SecurityReturns");
        row.HasOne<ActRecord>().WithMany().HasForeignKey(r => r.ActId).OnDelete(DeleteBehavior.Restrict);
        row.HasOne<ActSupplierRecord>().WithMany().HasForeignKey(r => r.ActSupplierId).OnDelete(DeleteBehavior.Restrict);
        row.HasIndex(r => r.ActSupplierId).IsUnique();
        row.HasIndex(r => r.ActId);
        row.Property(r => r.SupplierName).HasMaxLength(500);
        row.Property(r => r.SupplierTaxpayerNumber).HasMaxLength(12);
        row.Property(r => r.ProcurementNumber).HasMaxLength(40);
        row.Property(r => r.LotNumber).HasMaxLength(60);
        row.Property(r => r.Amount).HasPrecision(18, 2);
        row.Property(r => r.State).HasConversion<string>().HasMaxLength(30);
        row.Property(r => r.ReturnNote).HasMaxLength(500);
        row.Property(r => r.ReturnRecordedByName).HasMaxLength(256);
        row.Property(r => r.CreditedTo).HasConversion<string>().HasMaxLength(30);
        row.Property(r => r.CreditRecordedByName).HasMaxLength(256);
        row.Property(r => r.LetterReference).HasMaxLength(100);
        row.Property(r => r.OrganiserName).HasMaxLength(500);
        row.Property(r => r.OrganiserBin).HasMaxLength(12);
        row.Property(r => r.CustomerHeadName).HasMaxLength(256);
        row.Property(r => r.Beneficiary).HasMaxLength(500);
        row.Property(r => r.BeneficiaryBin).HasMaxLength(12);
        row.Property(r => r.BeneficiaryBank).HasMaxLength(500);
        row.Property(r => r.Iik).HasMaxLength(20);
        row.Property(r => r.Bic).HasMaxLength(8);
        row.Property(r => r.LetterRecordedByName).HasMaxLength(256);
        row.Property(r => r.RefundPaymentReference).HasMaxLength(100);
        row.Property(r => r.RefundRecordedByName).HasMaxLength(256);
        row.Property(r => r.Version).IsConcurrencyToken();
        row.Ignore(r => r.Bank);
    }
}
