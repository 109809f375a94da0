using Microsoft.Extensions.Localization;

namespace GosZakup.Console.Web.Commands;

/// <summary>Translates a <see cref="CommandResult"/> at the edge, in the culture of the page or request.</summary>
public static class CommandText
{
    public static string Text(this IStringLocalizer l, ResourceText text) =>
        text.Key == ResourceText.VerbatimKey ? (string)text.Args[0]
            : l[text.Key, [.. text.Args.Select(a => a is ResourceText inner ? l.Text(inner) : a)]];

    /// <summary>The refusal in words: the command's own, else the code's general words; null when nothing was refused.</summary>
    public static string? RefusalText(this IStringLocalizer l, CommandResult result) =>
        result.Refusal is { } code ? l.Text(result.Reason ?? new ResourceText($"Refusal.{code}")) : null;

    public static string? WarningText(this IStringLocalizer l, CommandResult result) =>
        result.Warning is { } warning ? l.Text(warning) : null;

    public static Dictionary<string, string> FieldTexts(this IStringLocalizer l, CommandResult result) =>
        result.FieldErrors.ToDictionary(e => e.Key, e => l.Text(e.Value));
}
