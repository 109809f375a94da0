using GosZakup.Console.Infrastructure.Acts;
using GosZakup.Console.Infrastructure.Documents;

namespace GosZakup.Console.Web.Features.Acts;

/// <summary>Form F2 of an Act as it stands: the data the PDF prints (<see cref="ActDocument"/>) and its verification address.</summary>
public sealed class ActPdf(ActsOptions options)
{
    /// <summary>The Act's public verification page, which its QR code encodes.</summary>
    public string VerificationUrl(string number, string fallbackBaseUrl) =>
        $"{BaseUrl(fallbackBaseUrl)}/verify/acts/{Uri.EscapeDataString(number)}";

    public string BaseUrl(string fallbackBaseUrl) =>
        (string.IsNullOrWhiteSpace(options.PublicBaseUrl) ? fallbackBaseUrl : options.PublicBaseUrl).TrimEnd('/');

    public BilingualText DefaultPosition => new(options.SignerPositionKk, options.SignerPositionRu);

    /// <summary>The unsigned F2: the same Act, time, signer and address give the same bytes.</summary>
    public byte[] Render(ActRecord act, string? replacesNumber, DateTime drawnUpAtUtc, ActSigner signer, string baseUrl) =>
        ActF2Pdf.Render(Document(act, replacesNumber, drawnUpAtUtc, signer, baseUrl));

    public ActDocument Document(ActRecord act, string? replacesNumber, DateTime drawnUpAtUtc, ActSigner signer, string baseUrl) => new(
        act.Number, drawnUpAtUtc, new BilingualText(options.OperatorNameKk, options.OperatorNameRu),
        act.FailureFromUtc, act.FailureToUtc, BilingualText.Same(act.SystemModule),
        Split(act.ProcurementNumbers), Split(act.LotNumbers), act.IsOperatorRelated, act.Severity,
        new BilingualText(act.CauseKk, act.CauseRu),
        [.. act.Suppliers.OrderBy(s => s.ProcurementNumber, StringComparer.Ordinal).ThenBy(s => s.Name, StringComparer.Ordinal)
            .Select(s => new ActSupplier(s.Name, s.TaxpayerNumber, s.ProcurementNumber, s.LotNumber ?? ""))],
        signer, VerificationUrl(act.Number, baseUrl), replacesNumber);

    private static List<string> Split(string numbers) =>
        [.. numbers.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
