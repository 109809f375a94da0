using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Web.Resources;
using Microsoft.Extensions.Localization;

namespace GosZakup.Console.Web.Localization;

/// <summary>The checks every free-text field of a form (and of the API, through the same validators) gets at the edge:
/// required when it must be, within its length, no control or direction characters, something visible, no markup
/// (<see cref="TextRules.Inspect"/>); each failure a localized message under the field's name.</summary>
public static class TextFieldRules
{
    public static void Check(IDictionary<string, string> errors, IStringLocalizer<SharedResource> l, string field, string? text, int max,
        bool required, string requiredKey, bool multiLine = true)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required) errors[field] = l[requiredKey];
            return;
        }
        if (Problem(l, text, max, multiLine) is { } problem) errors[field] = problem;
    }

    /// <summary>What is wrong with <paramref name="text"/> in the user's words, or null when nothing is (an empty or blank
    /// text included: requiredness is the form's).</summary>
    public static string? Problem(IStringLocalizer<SharedResource> l, string? text, int max = int.MaxValue, bool multiLine = true) =>
        TextRules.Inspect(text, max, multiLine) switch
        {
            TextFault.None => null,
            TextFault.TooLong => l["Text.TooLong", max, text!.Trim().Length].Value,
            TextFault.ControlCharacter => l["Text.ControlCharacter"].Value,
            TextFault.DirectionControl => l["Text.DirectionControl"].Value,
            TextFault.OnlyInvisible => l["Text.OnlyInvisible"].Value,
            _ => l["Appeal.NoMarkup"].Value,
        };
}
