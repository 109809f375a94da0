using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using GosZakup.Console.Web.Resources;

namespace GosZakup.Console.Web.Localization;

/// <summary>A clause code as the code and docs write it ("R2 §7", "R2 §30-§31", "R2 §25, R1 §13", "R2 §11, form F1")
/// turned into the words a reader of each language uses: "п. 7 Правил", "Қағидалардың 7-тармағы", "Rules §7". R2
/// (the failure Rules, the console's own) is "the Rules"; R1 is named as the portal's Rules of use; forms keep their
/// F-numbers, as the forms themselves do. The one place a clause gets its words; code and docs keep "R2 §7".</summary>
public static partial class ClauseLabels
{
    private static readonly ResourceManager Strings = new(typeof(SharedResource));

    /// <summary>The label in the current UI language.</summary>
    public static string Format(string? code) => Format(code, CultureInfo.CurrentUICulture);

    public static string Format(string? code, CultureInfo culture)
    {
        if (string.IsNullOrWhiteSpace(code)) return "";
        var groups = new List<(string Document, List<string> Items, bool Range)>();
        string? document = null;
        foreach (var piece in code.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Form().Match(piece) is { Success: true } form)
            {
                groups.Add(("Form", [form.Groups["form"].Value], false));
                document = null;
                continue;
            }
            var point = Point().Match(piece);
            if (!point.Success || (point.Groups["doc"].Success ? point.Groups["doc"].Value : document) is not { } doc)
            {
                groups.Add(("", [piece], false));
                continue;
            }
            var isRange = point.Groups["to"].Success;
            var item = isRange ? $"{point.Groups["from"].Value}–{point.Groups["to"].Value}" : point.Groups["from"].Value;
            if (groups.Count > 0 && groups[^1].Document == doc && doc == document)
                groups[^1] = (doc, [.. groups[^1].Items, item], groups[^1].Range || isRange);
            else
                groups.Add((doc, [item], isRange));
            document = doc;
        }
        return string.Join(", ", groups.Select(g => Group(g.Document, g.Items, g.Range, culture)));
    }

    /// <summary>The full titles of the documents a code cites, for a tooltip.</summary>
    public static string Titles(string? code, CultureInfo culture)
    {
        if (string.IsNullOrWhiteSpace(code)) return "";
        var documents = Document().Matches(code).Select(m => m.Value).Distinct();
        return string.Join("; ", documents.Select(d => Text($"Clause.{d}.Title", culture)));
    }

    public static string Titles(string? code) => Titles(code, CultureInfo.CurrentUICulture);

    /// <summary>True for a text that is a clause code and nothing else ("R2 §15.1, §16.1"), not a sentence citing one.</summary>
    public static bool IsCode(string? text) => text is { Length: > 0 } && WholeCode().IsMatch(text);

    private static string Group(string document, List<string> items, bool range, CultureInfo culture) => document switch
    {
        "" => items[0],
        "Form" => string.Format(culture, Text("Clause.Form", culture), items[0]),
        _ => string.Format(culture, Text(items.Count == 1 && !range ? $"Clause.{document}.One" : $"Clause.{document}.Many", culture), string.Join(", ", items)),
    };

    private static string Text(string key, CultureInfo culture) => Strings.GetString(key, culture) ?? key;

    [GeneratedRegex(@"^(?:(?<doc>R[12])\s*)?§(?<from>\d+(?:\.\d+)*)(?:\s*[-–]\s*§?(?<to>\d+(?:\.\d+)*))?$")]
    private static partial Regex Point();

    [GeneratedRegex(@"^(?:form\s+)?(?<form>F[1-3])$", RegexOptions.IgnoreCase)]
    private static partial Regex Form();

    [GeneratedRegex(@"R[12](?=\s*§)")]
    private static partial Regex Document();

    [GeneratedRegex(@"^(?:(?:R[12]\s*)?§\d+(?:\.\d+)*(?:\s*[-–]\s*§?\d+(?:\.\d+)*)?|(?:form\s+)?F[1-3])(?:\s*[,;]\s*(?:(?:R[12]\s*)?§\d+(?:\.\d+)*(?:\s*[-–]\s*§?\d+(?:\.\d+)*)?|(?:form\s+)?F[1-3]))*$")]
    private static partial Regex WholeCode();
}
