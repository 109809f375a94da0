using System.Globalization;
using System.Text.Json;

namespace GosZakup.Console.Web.Features.Procurements;

/// <summary>Reads announcements in the shape of the portal's open-data API (<c>TrdBuy</c> with its <c>Lots</c>): a GraphQL
/// answer <c>{"data":{"TrdBuy":[…]}}</c>, a REST page <c>{"items":[…]}</c> or a bare array. Fields used:
/// <c>numberAnno, nameRu, refTradeMethodsId, customerBin, customerNameRu (else the first lot's), orgBin, orgNameRu,
/// startDate, endDate</c> and per lot <c>lotNumber, nameRu, amount</c>. Two fields are the console's own, not the API's:
/// <c>systemModule</c> and <c>potentialSuppliers</c> (<c>taxpayerNumber, nameRu, email, phone, securityAmount</c>).</summary>
public static class ProcurementJsonReader
{
    public static ImportFile Read(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            return new ImportFile([], [new ImportProblem((int)(e.LineNumber ?? 0) + 1, null, "Procurements.Import.BadJson")]);
        }

        using (document)
        {
            if (Announcements(document.RootElement) is not { } items)
                return new ImportFile([], [new ImportProblem(0, null, "Procurements.Import.NoAnnouncements")]);
            return ImportBatch.Check(items.EnumerateArray().Select((item, i) => Raw(item, i + 1)));
        }
    }

    private static JsonElement? Announcements(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array) return root;
        if (root.ValueKind != JsonValueKind.Object) return null;
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && data.TryGetProperty("TrdBuy", out var trdBuy)
            && trdBuy.ValueKind == JsonValueKind.Array) return trdBuy;
        if (root.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array) return items;
        return null;
    }

    private static RawProcurement Raw(JsonElement item, int position)
    {
        if (item.ValueKind != JsonValueKind.Object)
            return new RawProcurement(position, null, null, null, null, null, null, null, null, new Dictionary<string, string?>(), null, [], null);
        var lots = Array(item, "Lots") ?? Array(item, "lots") ?? [];
        var customerName = Text(item, "customerNameRu") ?? lots.Select(l => Text(l, "customerNameRu")).FirstOrDefault(n => n is not null);
        var suppliers = Array(item, "potentialSuppliers")?.Select(s => new RawSupplier(
            Text(s, "taxpayerNumber"), Text(s, "nameRu"), Text(s, "email"), Text(s, "phone"),
            ImportFields.TryAmount(Text(s, "securityAmount"), out var security) ? security : null)).ToList();
        return new RawProcurement(position, Text(item, "numberAnno"), Text(item, "nameRu"), customerName, Text(item, "customerBin"),
            Text(item, "orgNameRu"), Text(item, "orgBin"), Text(item, "refTradeMethodsId"), Text(item, "systemModule"),
            ImportFields.DateFields.ToDictionary(d => d.Field, d => Text(item, d.Field)), Flag(item, ImportFields.AutoProtocolField),
            lots.Select(l => new RawLot(position, Text(l, "lotNumber"), Text(l, "nameRu"), Text(l, "amount"))).ToList(), suppliers);
    }

    private static List<JsonElement>? Array(JsonElement item, string name) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray()]
            : null;

    private static string? Flag(JsonElement item, string name) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? (value.ValueKind == JsonValueKind.True ? "true" : "false")
            : Text(item, name);

    private static string? Text(JsonElement item, string name)
    {
        if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty(name, out var value)) return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetDecimal().ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
    }
}
