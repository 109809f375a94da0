using System.Text.Json;
using GosZakup.Console.Infrastructure.Persistence.Audit;

namespace GosZakup.Console.Web.Features.Audit;

/// <summary>One property of an audited change, as a reader wants it: name, value before, value after.</summary>
public sealed record AuditChangeLine(string Property, string? Before, string? After);

public static class AuditChange
{
    /// <summary>The changed properties of a row; on creation and deletion, empty values are left out.</summary>
    public static IReadOnlyList<AuditChangeLine> Lines(AuditEntry entry)
    {
        var before = Read(entry.Before);
        var after = Read(entry.After);
        return before.Keys.Union(after.Keys)
            .Select(key => new AuditChangeLine(key, before.GetValueOrDefault(key), after.GetValueOrDefault(key)))
            .Where(line => entry.Action == AuditAction.Updated || !IsEmpty(line.Before ?? line.After))
            .ToList();
    }

    private static bool IsEmpty(string? value) => value is null or "" or "false" or "0";

    private static Dictionary<string, string?> Read(string? json)
    {
        if (string.IsNullOrEmpty(json)) return [];
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(
            p => p.Name,
            p => p.Value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => p.Value.GetString(),
                _ => p.Value.GetRawText(),
            });
    }
}
