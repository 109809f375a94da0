using GosZakup.Console.Domain.Acts;
using GosZakup.Console.Infrastructure.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GosZakup.Console.Infrastructure.Acts;

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

    // The steps below apply what SecurityReturnLifecycle has allowed; a step its table does not have from this state throws (a bug).

    /// <summary>R2 §18: the organiser returned the security.</summary>
    public void ConfirmReturn(DateTime atUtc, string? note, string by)
    {
        State = SecurityReturnLifecycle.After(State, SecurityReturnAction.Return);
        (ReturnedAtUtc, ReturnNote, ReturnRecordedByName) = (atUtc, note, by);
    }

    /// <summary>R2 §19: the organiser credited the security to budget income.</summary>
    public void Credit(DateTime atUtc, SecurityCreditedTo? to, string by)
    {
        State = SecurityReturnLifecycle.After(State, SecurityReturnAction.Credit);
        (CreditedAtUtc, CreditedTo, CreditRecordedByName) = (atUtc, to, by);
    }

    /// <summary>R2 §19-§20: the organiser's letter with form F3, its organiser and the supplier's bank details.</summary>
    public void ReceiveLetter(DateTime atUtc, string reference, string organiserName, string organiserBin, string customerHeadName, SupplierBankDetails bank,
        string by)
    {
        State = SecurityReturnLifecycle.After(State, SecurityReturnAction.Letter);
        (LetterReceivedAtUtc, LetterReference, LetterRecordedByName) = (atUtc, reference, by);
        (OrganiserName, OrganiserBin, CustomerHeadName) = (organiserName, organiserBin, customerHeadName);
        (Beneficiary, BeneficiaryBin, BeneficiaryBank, Iik, Bic) = (bank.Beneficiary, bank.BeneficiaryBin, bank.BeneficiaryBank, bank.Iik, bank.Bic);
    }

    /// <summary>R2 §20: refunded from the operator's own funds; the supplier told on another Astana day is kept as late.</summary>
    public void Refund(DateTime atUtc, string paymentReference, DateTime supplierToldAtUtc, bool toldLate, string by)
    {
        State = SecurityReturnLifecycle.After(State, SecurityReturnAction.Refund);
        (RefundedAtUtc, RefundPaymentReference, RefundRecordedByName) = (atUtc, paymentReference, by);
        (SupplierToldAtUtc, SupplierToldLate) = (supplierToldAtUtc, toldLate);
    }
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
