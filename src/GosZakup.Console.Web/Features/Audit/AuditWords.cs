using System.Globalization;
using System.Text.RegularExpressions;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Web.Resources;
using Microsoft.Extensions.Localization;

namespace GosZakup.Console.Web.Features.Audit;

/// <summary>The audit log in the reader's words: "Incident" for IncidentRecord, "Planned fix time" for PlannedFixAtUtc,
/// "Confirmed" for the status the row stores, instants in Astana time. The log itself keeps the stored names (its hash
/// covers them); only the page translates. A name without a word yet is split into words rather than shown as code.</summary>
public static partial class AuditWords
{
    /// <summary>Properties whose stored value is an enum's name, and that enum's resource prefix.</summary>
    private static readonly Dictionary<string, string> EnumValued = new()
    {
        ["Status"] = "Incident.Status", ["Severity"] = "Severity", ["TriggerSeverity"] = "Severity", ["Channel"] = "Channel",
        ["TriggerChannel"] = "Channel", ["Counting"] = "Counting", ["Calendar"] = "Calendar.Name",
    };

    public static string Entity(string entityType, IStringLocalizer<SharedResource> l) =>
        Word(l, $"Audit.Entity.{entityType}", Humanize(entityType.EndsWith("Record", StringComparison.Ordinal) ? entityType[..^"Record".Length] : entityType));

    public static string Field(string property, IStringLocalizer<SharedResource> l) => Word(l, $"Audit.Field.{property}", Humanize(property));

    public static string? Value(string entityType, string property, string? value, IStringLocalizer<SharedResource> l)
    {
        if (value is null) return null;
        if (value is "true" or "false") return l[value == "true" ? "Common.Yes" : "Common.No"].Value;
        if (property == "Kind" && entityType == "CalendarDay") return Word(l, $"Calendar.Kind.{value}", value);
        if (EnumValued.TryGetValue(property, out var prefix)) return Word(l, $"{prefix}.{value}", value);
        if (property.EndsWith("AtUtc", StringComparison.Ordinal)
            && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc))
            return AstanaTime.Labelled(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
        return value;
    }

    private static string Word(IStringLocalizer<SharedResource> l, string key, string fallback) =>
        l[key] is { ResourceNotFound: false } word ? word.Value : fallback;

    /// <summary>"ForceMajeureFromUtc" → "Force majeure from": the last resort for a name with no word yet.</summary>
    private static string Humanize(string name)
    {
        var words = Camel().Replace(name.EndsWith("Utc", StringComparison.Ordinal) ? name[..^3] : name, " $1").Trim().ToLowerInvariant();
        return words.Length == 0 ? name : char.ToUpperInvariant(words[0]) + words[1..];
    }

    [GeneratedRegex(@"(?<=[a-z0-9])([A-Z])")]
    private static partial Regex Camel();
}
