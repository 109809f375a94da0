using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Web.Resources;
using Microsoft.Extensions.Localization;

namespace GosZakup.Console.Web.Localization;

/// <summary>The checks every free-text field of a form gets at the edge: required when it must be, within its length, no
/// markup; each failure a localized message under the field's name.</summary>
public static class TextFieldRules
{
    public static void Check(IDictionary<string, string> errors, IStringLocalizer<SharedResource> l, string field, string? text, int max,
        bool required, string requiredKey)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required) errors[field] = l[requiredKey];
            return;
        }
        if (text.Length > max) errors[field] = l["Appeal.TooLong", max];
        else if (TextRules.HasMarkup(text)) errors[field] = l["Appeal.NoMarkup"];
    }
}
