using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Web.Commands;
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
        Fault(text, max, multiLine) is { } fault ? l.Text(fault) : null;

    /// <summary><see cref="Check(IDictionary{string, string}, IStringLocalizer{SharedResource}, string, string?, int, bool, string, bool)"/>
    /// for a <see cref="CommandResult"/>: the failure as a resource key, translated at the edge.</summary>
    public static void Check(IDictionary<string, ResourceText> errors, string field, string? text, int max, bool required, string requiredKey,
        bool multiLine = true)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required) errors[field] = new(requiredKey);
            return;
        }
        if (Fault(text, max, multiLine) is { } fault) errors[field] = fault;
    }

    /// <summary>What is wrong with <paramref name="text"/>, as a resource key and its arguments, or null when nothing is.</summary>
    public static ResourceText? Fault(string? text, int max = int.MaxValue, bool multiLine = true) =>
        TextRules.Inspect(text, max, multiLine) switch
        {
            TextFault.None => null,
            TextFault.TooLong => new("Text.TooLong", max, text!.Trim().Length),
            TextFault.ControlCharacter => new("Text.ControlCharacter"),
            TextFault.DirectionControl => new("Text.DirectionControl"),
            TextFault.OnlyInvisible => new("Text.OnlyInvisible"),
            _ => new("Appeal.NoMarkup"),
        };
}
