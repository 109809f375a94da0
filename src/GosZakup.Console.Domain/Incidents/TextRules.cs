using System.Globalization;
using System.Text.RegularExpressions;

namespace GosZakup.Console.Domain.Incidents;

/// <summary>What is wrong with a piece of free text, first fault first.</summary>
public enum TextFault
{
    None,
    TooLong,
    /// <summary>C0/C1 controls such as NUL or ESC (new line and tab pass in multi-line text), lone surrogates, U+FFFE/U+FFFF.</summary>
    ControlCharacter,
    /// <summary>Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they make text read
    /// differently from what it holds ("Trojan Source").</summary>
    DirectionControl,
    /// <summary>Not empty, but nothing a reader can see: spaces, zero-width and format characters, fillers.</summary>
    OnlyInvisible,
    Markup,
}

/// <summary>What free text typed into the console, or sent by another system, may hold: one rule for every form and
/// the API, so that a field refuses the same input whichever door it came through.</summary>
public static partial class TextRules
{
    /// <summary>The first fault of <paramref name="text"/>. <see cref="TextFault.None"/> for null, empty or ordinary white
    /// space, which every form reads as "not given" (whether a field is required is its form's business); invisible
    /// characters that are not white space are a fault. The length counts the trimmed text, as it is stored.</summary>
    public static TextFault Inspect(string? text, int maxLength = int.MaxValue, bool multiLine = true)
    {
        if (string.IsNullOrWhiteSpace(text)) return TextFault.None;
        if (text.Trim().Length > maxLength) return TextFault.TooLong;
        var visible = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                visible |= IsVisible(CharUnicodeInfo.GetUnicodeCategory(text, i));
                i++;
                continue;
            }
            if (IsControl(c, multiLine)) return TextFault.ControlCharacter;
            if (IsDirectionControl(c)) return TextFault.DirectionControl;
            visible |= !IsFiller(c) && IsVisible(char.GetUnicodeCategory(c));
        }
        if (!visible) return TextFault.OnlyInvisible;
        return HasMarkup(text) ? TextFault.Markup : TextFault.None;
    }

    /// <summary>Tags and script: user text is shown and mailed, never interpreted as markup, and is refused at
    /// the edge so that no later rendering can be tricked into it.</summary>
    public static bool HasMarkup(string text) => Markup().IsMatch(text);

    private static bool IsControl(char c, bool multiLine) =>
        (char.IsControl(c) && !(multiLine && c is '\n' or '\r' or '\t'))
        || char.IsSurrogate(c) // a surrogate without its pair
        || c is '\uFFFE' or '\uFFFF';

    private static bool IsDirectionControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    /// <summary>Letters a font draws as blank space although Unicode calls them letters or symbols.</summary>
    private static bool IsFiller(char c) => c is '\u115F' or '\u1160' or '\u3164' or '\uFFA0' or '\u2800';

    private static bool IsVisible(UnicodeCategory category) => category is not (
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator
        or UnicodeCategory.ParagraphSeparator or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
        or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned);

    [GeneratedRegex(@"<\s*[a-zA-Z!/?]|javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex Markup();
}
