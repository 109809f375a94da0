using GosZakup.Console.Infrastructure.Acts;
using GosZakup.Console.Infrastructure.Documents;

namespace GosZakup.Console.Web.Features.Acts;

/// <summary>Form F2 of an Act as it stands: the data the PDF prints (<see cref="ActDocument"/>) and its verification address.</summary>
public sealed class ActPdf(ActsOptions options, SingleOperator @operator)
{
    /// <summary>The Act's public verification page, which its QR code encodes.</summary>
    public string VerificationUrl(string number, string fallbackBaseUrl) =>
        $"{BaseUrl(fallbackBaseUrl)}/verify/acts/{Uri.EscapeDataString(number)}";

    public string BaseUrl(string fallbackBaseUrl) =>
        (string.IsNullOrWhiteSpace(options.PublicBaseUrl) ? fallbackBaseUrl : options.PublicBaseUrl).TrimEnd('/');

    /// <summary>R2 §17: F2 is signed by the head of the single operator. Whoever approves it signs digitally with their own
    /// certificate; the block names the head, as the form does.</summary>
    public ActSignatory Signatory => new(@operator.HeadTitle, @operator.HeadName);

    /// <summary>The unsigned F2: the same Act, time and address give the same bytes.</summary>
    public byte[] Render(ActRecord act, string? replacesNumber, DateTime drawnUpAtUtc, string baseUrl) =>
        ActF2Pdf.Render(Document(act, replacesNumber, drawnUpAtUtc, baseUrl));

    public ActDocument Document(ActRecord act, string? replacesNumber, DateTime drawnUpAtUtc, string baseUrl) => new(
        act.Number, drawnUpAtUtc, @operator.Name,
        act.FailureFromUtc, act.FailureToUtc, SystemModuleNames.Of(act.SystemModule),
        Split(act.ProcurementNumbers), Split(act.LotNumbers), act.IsOperatorRelated, act.Severity,
        new BilingualText(act.CauseKk, act.CauseRu),
        [.. act.Suppliers.OrderBy(s => s.ProcurementNumber, StringComparer.Ordinal).ThenBy(s => s.Name, StringComparer.Ordinal)
            .Select(s => new ActSupplier(s.Name, s.TaxpayerNumber, s.ProcurementNumber, s.LotNumber ?? ""))],
        Signatory, VerificationUrl(act.Number, baseUrl), replacesNumber);

    private static List<string> Split(string numbers) =>
        [.. numbers.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
