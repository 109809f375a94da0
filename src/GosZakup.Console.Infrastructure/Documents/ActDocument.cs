using GosZakup.Console.Domain.Incidents;

namespace GosZakup.Console.Infrastructure.Documents;

/// <summary>Everything form F2 prints (the Rules, "Forms" F2; R2 §17): an Act on a failure of the portal that left
/// potential suppliers technically unable to submit a price offer. Times are UTC; the form shows them in Astana time.</summary>
/// <param name="Number">The Act's number in its yearly series, printed after "№".</param>
/// <param name="DrawnUpAtUtc">When the Act was drawn up: its date (in Astana) and the PDF's own creation date.</param>
/// <param name="OperatorName">The single operator's name, e.g. «Электрондық қаржы орталығы» АҚ / АО «Центр электронных финансов».</param>
/// <param name="Module">The System module that failed.</param>
/// <param name="ProcurementNumbers">The procurements the Act covers, in the order to print.</param>
/// <param name="LotNumbers">Their lots, in the order to print.</param>
/// <param name="IsOperatorRelated">The failure's type: operator-related or not (R2 §4; decides R2 §19-§20).</param>
/// <param name="Cause">The cause, written by the operator in both languages.</param>
/// <param name="Suppliers">The potential suppliers who could not submit a price offer.</param>
/// <param name="Signer">Who signs for the operator.</param>
/// <param name="VerificationUrl">The Act's public verification address: the QR code encodes it and it is printed under it.</param>
/// <param name="ReplacesNumber">For a correction, the signed Act it replaces; printed under the title.</param>
public sealed record ActDocument(
    string Number,
    DateTime DrawnUpAtUtc,
    BilingualText OperatorName,
    DateTime FailureFromUtc,
    DateTime FailureToUtc,
    BilingualText Module,
    IReadOnlyList<string> ProcurementNumbers,
    IReadOnlyList<string> LotNumbers,
    bool IsOperatorRelated,
    Severity Level,
    BilingualText Cause,
    IReadOnlyList<ActSupplier> Suppliers,
    ActSigner Signer,
    string VerificationUrl,
    string? ReplacesNumber = null);

/// <summary>A potential supplier who could not submit a price offer, and where.</summary>
/// <param name="TaxpayerNumber">The supplier's BIN or IIN.</param>
public sealed record ActSupplier(string Name, string TaxpayerNumber, string ProcurementNumber, string LotNumber);

/// <summary>The person who signs the Act for the operator: by the form, the head of the single operator.</summary>
public sealed record ActSigner(BilingualText Position, string FullName);
