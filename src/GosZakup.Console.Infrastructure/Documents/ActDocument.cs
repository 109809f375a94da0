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
/// <param name="Signatory">Whom the signature block names: the head of the single operator. The digital signature is the
/// signer's own and is read from the PDF's signature, not from this block.</param>
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
    ActSignatory Signatory,
    string VerificationUrl,
    string? ReplacesNumber = null);

/// <summary>A potential supplier who could not submit a price offer, and where.</summary>
/// <param name="TaxpayerNumber">The supplier's BIN or IIN.</param>
public sealed record ActSupplier(string Name, string TaxpayerNumber, string ProcurementNumber, string LotNumber);

/// <summary>The signatory form F2 names: "the head of the single operator in the field of electronic public procurement"
/// (R2 §17, annex 2), with the head's title and full name in Kazakh and Russian. An empty name leaves the line to fill by hand.</summary>
public sealed record ActSignatory(BilingualText Title, BilingualText Name);

/// <summary>A person who signs a report digitally and is named on it by the name in their certificate: the quarterly
/// report's signer (R2 §27).</summary>
public sealed record ActSigner(BilingualText Position, string FullName);
