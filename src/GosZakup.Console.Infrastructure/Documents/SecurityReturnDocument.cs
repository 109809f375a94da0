namespace GosZakup.Console.Infrastructure.Documents;

/// <summary>Everything form F3 prints (the Rules, "Forms" F3; R2 §19): the organiser's information that a supplier's
/// application security was credited to budget income after an operator-related failure, with the supplier's bank
/// details for the operator's refund (R2 §20).</summary>
/// <param name="PreparedAtUtc">When the information was prepared: the date beside the signature and the PDF's own dates.</param>
/// <param name="ActNumber">The Act (F2) it rests on; its type is always "operator-related".</param>
/// <param name="ActDateUtc">When that Act was drawn up (printed as its date in Astana).</param>
/// <param name="Amount">The security in tenge, to the tiyn.</param>
/// <param name="CustomerHeadFullName">The head of the customer who signs.</param>
public sealed record SecurityReturnDocument(
    DateTime PreparedAtUtc,
    string OrganiserName,
    string OrganiserBin,
    string ActNumber,
    DateTime ActDateUtc,
    string SupplierName,
    string SupplierBin,
    string LotNumber,
    string ProcurementNumber,
    decimal Amount,
    SecurityCreditedTo CreditedTo,
    SupplierBankDetails Bank,
    string CustomerHeadFullName);

/// <summary>Whose income the lost security went to: the three choices form F3 offers (R2 §19).</summary>
public enum SecurityCreditedTo
{
    RepublicanBudget = 1,
    LocalBudget = 2,

    /// <summary>A state enterprise, a legal entity of which the state owns 50 % or more of the voting shares
    /// (participation interests), or a legal entity affiliated with them.</summary>
    StateOwnedEntity = 3,
}

/// <summary>The supplier's details for the refund.</summary>
/// <param name="Iik">ИИК / ЖСК: the individual identification code, i.e. the account (KZ… IBAN).</param>
/// <param name="Bic">БИК / БСК: the bank's identification code.</param>
public sealed record SupplierBankDetails(string Beneficiary, string BeneficiaryBin, string BeneficiaryBank, string Iik, string Bic);
