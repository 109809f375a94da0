using System.Text.RegularExpressions;

namespace GosZakup.Console.Domain.Obligations;

/// <summary>One run of a clause code that cites one document: "R2" with ["15.1", "16.1"], "R1" with ["13–14"], a form
/// ("Form", ["F1"]), or a piece that is none of these ("", [the piece as written]).</summary>
public sealed record ClauseGroup(string Document, IReadOnlyList<string> Items, bool HasRange)
{
    /// <summary>One clause, not a list or a range: "п. 7", not "пп. 7–8".</summary>
    public bool IsSingle => Items.Count == 1 && !HasRange;
}

/// <summary>Reads a clause code as the catalogue and the docs write it ("R2 §7", "R2 §30-§31", "R2 §25, R1 §13",
/// "R2 §11, form F1") into runs per document, so each edge can word it in its reader's language.</summary>
public static partial class ClauseCitation
{
    public static IReadOnlyList<ClauseGroup> Parse(string? code)
    {
        var groups = new List<ClauseGroup>();
        if (string.IsNullOrWhiteSpace(code)) return groups;
        string? document = null;
        foreach (var piece in code.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Form().Match(piece) is { Success: true } form)
            {
                groups.Add(new("Form", [form.Groups["form"].Value], false));
                document = null;
                continue;
            }
            var point = Point().Match(piece);
            if (!point.Success || (point.Groups["doc"].Success ? point.Groups["doc"].Value : document) is not { } doc)
            {
                groups.Add(new("", [piece], false));
                continue;
            }
            var isRange = point.Groups["to"].Success;
            var item = isRange ? $"{point.Groups["from"].Value}–{point.Groups["to"].Value}" : point.Groups["from"].Value;
            if (groups.Count > 0 && groups[^1].Document == doc && doc == document)
                groups[^1] = groups[^1] with { Items = [.. groups[^1].Items, item], HasRange = groups[^1].HasRange || isRange };
            else
                groups.Add(new(doc, [item], isRange));
            document = doc;
        }
        return groups;
    }

    /// <summary>True for a text that is a clause code and nothing else ("R2 §15.1, §16.1"), not a sentence citing one.</summary>
    public static bool IsCode(string? text) => text is { Length: > 0 } && WholeCode().IsMatch(text);

    /// <summary>The documents a code cites, in order: "R2", "R1".</summary>
    public static IEnumerable<string> Documents(string? code) =>
        Parse(code).Select(g => g.Document).Where(d => d is "R1" or "R2").Distinct();

    [GeneratedRegex(@"^(?:(?<doc>R[12])\s*)?§(?<from>\d+(?:\.\d+)*)(?:\s*[-–]\s*§?(?<to>\d+(?:\.\d+)*))?$")]
    private static partial Regex Point();

    [GeneratedRegex(@"^(?:form\s+)?(?<form>F[1-3])$", RegexOptions.IgnoreCase)]
    private static partial Regex Form();

    [GeneratedRegex(@"^(?:(?:R[12]\s*)?§\d+(?:\.\d+)*(?:\s*[-–]\s*§?\d+(?:\.\d+)*)?|(?:form\s+)?F[1-3])" +
        @"(?:\s*[,;]\s*(?:(?:R[12]\s*)?§\d+(?:\.\d+)*(?:\s*[-–]\s*§?\d+(?:\.\d+)*)?|(?:form\s+)?F[1-3]))*$")]
    private static partial Regex WholeCode();
}
