using GosZakup.Console.Web.Commands;

namespace GosZakup.Console.Web.Features.Announcements;

/// <summary>Checks an update's text field by field, as resource keys translated at the edge: both languages present (R1 §12),
/// within the stored lengths, and plain text. Nothing is saved while any message remains.</summary>
public sealed class AnnouncementValidator
{
    public const int MaxTitleLength = 300;
    public const int MaxBodyLength = 8000;

    public Dictionary<string, ResourceText> Validate(AnnouncementForm form)
    {
        var errors = new Dictionary<string, ResourceText>();
        foreach (var (field, value, max) in Fields(form))
        {
            if (string.IsNullOrWhiteSpace(value)) errors[field] = new("Announcement.Required");
            else if (value.Trim().Length > max) errors[field] = new("Appeal.TooLong", max);
            else if (Localization.TextFieldRules.Fault(value, multiLine: field.StartsWith("Body", StringComparison.Ordinal)) is { } problem)
                errors[field] = problem;
        }
        return errors;
    }

    private static IEnumerable<(string, string?, int)> Fields(AnnouncementForm form) =>
    [
        (nameof(form.TitleKk), form.TitleKk, MaxTitleLength), (nameof(form.TitleRu), form.TitleRu, MaxTitleLength),
        (nameof(form.BodyKk), form.BodyKk, MaxBodyLength), (nameof(form.BodyRu), form.BodyRu, MaxBodyLength),
    ];
}
