using System.Text.RegularExpressions;

namespace GosZakup.Console.Web.Features.MailTemplates;

/// <summary>One language's wording of a notice.</summary>
public sealed record TemplateWording(string Subject, string Body);

/// <summary>Fills <c>{name}</c> placeholders in one pass: a value is inserted as it is and never read again, so
/// text from users (an organisation, a description) can never act as a placeholder, and mail is plain text, so
/// it can never act as markup.</summary>
public static partial class MailTemplateText
{
    public static string Fill(string template, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(template, m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);

    /// <summary>The placeholders a wording uses that its kind does not know (an Admin's typo).</summary>
    public static IReadOnlyList<string> Unknown(string template, MailTemplateKind kind) =>
        [.. Placeholder().Matches(template).Select(m => m.Groups[1].Value).Where(name => !kind.Placeholders.Contains(name)).Distinct()];

    /// <summary>A subject is one header line: a value's line breaks become spaces.</summary>
    public static string OneLine(string text) => LineBreaks().Replace(text, " ").Trim();

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[\r\n]+")]
    private static partial Regex LineBreaks();
}
