using System.Globalization;
using System.Resources;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Web.Features.Announcements;
using GosZakup.Console.Web.Features.MailTemplates;
using GosZakup.Console.Web.Localization;
using GosZakup.Console.Web.Resources;

namespace GosZakup.Console.Web.Features.Extensions;

/// <summary>What the force-majeure notice says (R1 §13: its start, expected length and end; R2 §16.6: its expected effect and
/// end), in Kazakh and Russian from the same resources: the values of the mail to the Owner and the main-page notice for users.</summary>
public static class ForceMajeureWording
{
    private static readonly ResourceManager Strings = new(typeof(SharedResource));

    /// <summary>The mail's placeholders in one language; the incident has force majeure recorded.</summary>
    public static IReadOnlyDictionary<string, string> Values(IncidentRecord incident, string culture)
    {
        var language = new CultureInfo(culture);
        var effect = incident.ForceMajeureWholePortal || string.IsNullOrWhiteSpace(incident.SystemModule)
            ? Text("ForceMajeure.Effect.WholePortal", language)
            : MailTemplateText.Fill(Text("ForceMajeure.Effect.Module", language), new Dictionary<string, string> { ["module"] = incident.SystemModule.Trim() });
        return new Dictionary<string, string>
        {
            ["number"] = incident.Number,
            ["description"] = incident.ForceMajeureDescription ?? "—",
            ["effect"] = effect,
            ["from"] = AstanaTime.Labelled(incident.ForceMajeureFromUtc!.Value),
            ["to"] = AstanaTime.Labelled(incident.ForceMajeureToUtc!.Value),
        };
    }

    /// <summary>The main-page notice for the portal's users.</summary>
    public static AnnouncementForm Announcement(IncidentRecord incident)
    {
        var (kk, ru) = (Values(incident, Cultures.Kazakh), Values(incident, Cultures.Russian));
        var (kazakh, russian) = (new CultureInfo(Cultures.Kazakh), new CultureInfo(Cultures.Russian));
        return new AnnouncementForm
        {
            TitleKk = Text("Announcement.ForceMajeure.Title", kazakh), TitleRu = Text("Announcement.ForceMajeure.Title", russian),
            BodyKk = MailTemplateText.Fill(Text("Announcement.ForceMajeure.Notice", kazakh), kk),
            BodyRu = MailTemplateText.Fill(Text("Announcement.ForceMajeure.Notice", russian), ru),
        };
    }

    private static string Text(string key, CultureInfo language) => Strings.GetString(key, language) ?? key;
}
