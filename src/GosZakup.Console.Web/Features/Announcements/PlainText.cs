using System.Text.RegularExpressions;

namespace GosZakup.Console.Web.Features.Announcements;

/// <summary>Text typed by people is shown, mailed and published as text, never interpreted as markup.</summary>
public static partial class PlainText
{
    public static bool HasMarkup(string? text) => text is not null && Markup().IsMatch(text);

    /// <summary>Tags and script.</summary>
    [GeneratedRegex(@"<\s*[a-zA-Z!/?]|javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex Markup();
}
