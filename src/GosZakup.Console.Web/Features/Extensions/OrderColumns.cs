namespace GosZakup.Console.Web.Features.Extensions;

/// <summary>The columns of <c>ExtensionOrders</c> the bulk writers insert, in the order they write the values.</summary>
internal static class OrderColumns
{
    public static readonly string[] All =
    [
        "Id", "ProcurementId", "ProcurementNumber", "LotId", "LotNumber", "Kind", "OldUtc", "NewUtc", "Clause", "SourceKind", "SourceId", "State",
        "CancelsAutoProtocol", "Provisional", "OverrideKind", "OverrideByName", "OverrideReason", "ComputedAtUtc", "ApprovedAtUtc", "ApprovedByName",
        "AppliedAtUtc", "PublishedAtUtc", "Cursor", "Version",
    ];
}
