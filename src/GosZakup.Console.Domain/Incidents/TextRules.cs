using System.Text.RegularExpressions;

namespace GosZakup.Console.Domain.Incidents;

/// <summary>What free text typed into the console may not contain.</summary>
public static partial class TextRules
{
    /// <summary>Tags and script: user text is shown and mailed, never interpreted as markup, and is refused at
    /// the edge so that no later rendering can be tricked into it.</summary>
    public static bool HasMarkup(string text) => Markup().IsMatch(text);

    [GeneratedRegex(@"<\s*[a-zA-Z!/?]|javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex Markup();
}
