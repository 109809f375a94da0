using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Announcements;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Web.Features.MailTemplates;
using GosZakup.Console.Web.Localization;
using GosZakup.Console.Web.Resources;

namespace GosZakup.Console.Web.Features.Announcements;

/// <summary>The first wording of an update, in Kazakh and Russian from the same resources: for a failure, what
/// R2 §15.2 and §16.3 ask the main page to say (failure, level, planned fix, announcement and lot numbers,
/// extension), and once fixed what §15.8 and §16.8 ask (the actual fix time; the new deadlines follow).</summary>
public static partial class AnnouncementWording
{
    public const int DescriptionLength = 300;

    private static readonly ResourceManager Strings = new(typeof(SharedResource));
    private static readonly CultureInfo Kazakh = new(Cultures.Kazakh);
    private static readonly CultureInfo Russian = new(Cultures.Russian);

    /// <summary>The incident with its appeals loaded.</summary>
    public static AnnouncementForm FromIncident(IncidentRecord incident)
    {
        var (titleKk, bodyKk) = Compose(incident, Kazakh);
        var (titleRu, bodyRu) = Compose(incident, Russian);
        return new AnnouncementForm { TitleKk = titleKk, BodyKk = bodyKk, TitleRu = titleRu, BodyRu = bodyRu };
    }

    /// <summary>A fill-in wording for planned works (R2 §24) or force majeure (R1 §13-§14).</summary>
    public static AnnouncementForm Standalone(AnnouncementKind kind) => new()
    {
        TitleKk = Text($"Announcement.{kind}.Title", Kazakh), BodyKk = Text($"Announcement.{kind}.Body", Kazakh),
        TitleRu = Text($"Announcement.{kind}.Title", Russian), BodyRu = Text($"Announcement.{kind}.Body", Russian),
    };

    /// <summary>"20.11.2026 18:00 (UTC+5)": an instant as the Astana clock reads it, labelled.</summary>
    public static string Astana(DateTime utc) => AstanaTime.Labelled(utc);

    private static (string Title, string Body) Compose(IncidentRecord incident, CultureInfo language)
    {
        var values = Values(incident, language);
        var isFixed = incident.FixedAtUtc is not null;
        List<string> lines = ["Announcement.Failure.Description"];
        if (values.ContainsKey("module")) lines.Add("Announcement.Failure.Module");
        lines.Add("Announcement.Failure.Level");
        if (isFixed) lines.Add("Announcement.Fixed.At");
        else lines.Add(incident.PlannedFixAtUtc is null ? "Announcement.Failure.PlannedFixUnknown" : "Announcement.Failure.PlannedFix");
        if (values.ContainsKey("procurements")) lines.Add("Announcement.Failure.Procurements");
        if (values.ContainsKey("lots")) lines.Add("Announcement.Failure.Lots");
        lines.Add(isFixed ? "Announcement.Fixed.Extension"
            : incident.Severity == Severity.High ? "Announcement.Failure.ExtensionHigh" : "Announcement.Failure.Extension");

        var title = MailTemplateText.Fill(Text(isFixed ? "Announcement.Fixed.Title" : "Announcement.Failure.Title", language), values);
        var body = string.Join("\n", lines.Select(key => MailTemplateText.Fill(Text(key, language), values)));
        return (title, body);
    }

    private static Dictionary<string, string> Values(IncidentRecord incident, CultureInfo language)
    {
        var appeals = incident.Appeals.OrderBy(a => a.ReceivedAtUtc).ToList();
        var values = new Dictionary<string, string>
        {
            ["number"] = incident.Number,
            ["description"] = Shorten(appeals.FirstOrDefault()?.Description),
            ["level"] = incident.Severity is { } severity ? Text($"Announcement.Level.{severity}", language) : "—",
        };
        if (!string.IsNullOrWhiteSpace(incident.SystemModule)) values["module"] = incident.SystemModule.Trim();
        if (incident.PlannedFixAtUtc is { } planned) values["plannedFix"] = Astana(planned);
        if (incident.FixedAtUtc is { } fixedAt) values["fixedAt"] = Astana(fixedAt);
        if (Numbers(appeals.Select(a => a.ProcurementNumbers)) is { Length: > 0 } procurements) values["procurements"] = procurements;
        if (Numbers(appeals.Select(a => a.LotNumbers)) is { Length: > 0 } lots) values["lots"] = lots;
        return values;
    }

    /// <summary>The first report's words on one line, cut at a word where it can be.</summary>
    private static string Shorten(string? description)
    {
        if (string.IsNullOrWhiteSpace(description)) return "—";
        var line = Spaces().Replace(description, " ").Trim();
        if (line.Length <= DescriptionLength) return line;
        var cut = line[..DescriptionLength];
        var space = cut.LastIndexOf(' ');
        return (space > DescriptionLength / 2 ? cut[..space] : cut).TrimEnd(' ', ',', ';', '.') + "…";
    }

    /// <summary>Every number the appeals name, once each, in the order first named.</summary>
    private static string Numbers(IEnumerable<string?> lists) =>
        string.Join(", ", lists.Where(l => !string.IsNullOrWhiteSpace(l)).SelectMany(l => Separators().Split(l!))
            .Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase));

    private static string Text(string key, CultureInfo language) => Strings.GetString(key, language) ?? key;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[\s,;]+")]
    private static partial Regex Separators();
}
