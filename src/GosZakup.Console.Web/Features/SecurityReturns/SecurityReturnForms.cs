using GosZakup.Console.Infrastructure.Documents;

namespace GosZakup.Console.Web.Features.SecurityReturns;

// Times are Astana wall-clock times, as typed on the page.

/// <summary>R2 §18: the organiser confirmed it returned the security.</summary>
public sealed class ReturnForm
{
    public DateTime? ReturnedAt { get; set; }
    public string Note { get; set; } = "";
}

/// <summary>R2 §19: the security was credited to budget income instead.</summary>
public sealed class CreditForm
{
    public DateTime? CreditedAt { get; set; }
    public SecurityCreditedTo? CreditedTo { get; set; }
}

/// <summary>R2 §19: the organiser's letter with form F3 and the supplier's bank details.</summary>
public sealed class LetterForm
{
    public DateTime? ReceivedAt { get; set; }
    public string Reference { get; set; } = "";
    public string OrganiserName { get; set; } = "";
    public string OrganiserBin { get; set; } = "";
    public string CustomerHeadName { get; set; } = "";
    public string Beneficiary { get; set; } = "";
    public string BeneficiaryBin { get; set; } = "";
    public string BeneficiaryBank { get; set; } = "";
    public string Iik { get; set; } = "";
    public string Bic { get; set; } = "";
}

/// <summary>R2 §20: the operator's refund and when the supplier was told.</summary>
public sealed class RefundForm
{
    public DateTime? RefundedAt { get; set; }
    public string PaymentReference { get; set; } = "";
    public DateTime? SupplierToldAt { get; set; }
}

