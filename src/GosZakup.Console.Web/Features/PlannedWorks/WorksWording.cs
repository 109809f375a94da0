using System.Globalization;
using System.Resources;
using GosZakup.Console.Domain.Announcements;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Infrastructure.Announcements;
using GosZakup.Console.Infrastructure.Extensions;
using GosZakup.Console.Web.Features.Extensions;
using GosZakup.Console.Web.Resources;

namespace GosZakup.Console.Web.Features.PlannedWorks;

/// <summary>The main-page publications of the works plan (R2 §23) and of a window's notice (R2 §24), in Kazakh and
/// Russian (R1 §12).</summary>
public static class WorksWording
{
    private static readonly ResourceManager Strings = new(typeof(SharedResource));

    /// <summary>A plan announcement lists this many windows; the rest are counted (the bodies hold 8000 characters).</summary>
    public const int ListedWindows = 40;

    /// <summary>A new published announcement of kind PlannedWorks with its one update; the caller adds it and saves.</summary>
    public static AnnouncementRecord Announcement(string titleKk, string titleRu, string bodyKk, string bodyRu, string by, DateTime now)
    {
        var announcement =
            new AnnouncementRecord { Kind = AnnouncementKind.PlannedWorks, CreatedAtUtc = now, FirstPublishedAtUtc = now, LastPublishedAtUtc = now };
        announcement.Updates.Add(new AnnouncementUpdateRecord
        {
            AnnouncementId = announcement.Id, State = UpdateState.Published, CreatedAtUtc = now, CreatedByName = by, PublishedAtUtc = now, PublishedByName = by,
            TitleKk = titleKk, TitleRu = titleRu, BodyKk = bodyKk, BodyRu = bodyRu,
        });
        return announcement;
    }

    public static AnnouncementRecord PlanAnnouncement(WorksPlanRecord plan, IReadOnlyList<WorksWindowRecord> windows, string by, DateTime now) =>
        Announcement(PlanTitle(plan.Year, ExtensionWording.Kazakh), PlanTitle(plan.Year, ExtensionWording.Russian),
            PlanBody(plan.Year, windows, ExtensionWording.Kazakh), PlanBody(plan.Year, windows, ExtensionWording.Russian), by, now);

    public static AnnouncementRecord NoticeAnnouncement(WorksWindowRecord window, DateTime now) =>
        Announcement(NoticeTitle(window, ExtensionWording.Kazakh), NoticeTitle(window, ExtensionWording.Russian),
            NoticeBody(window, ExtensionWording.Kazakh), NoticeBody(window, ExtensionWording.Russian), ExtensionJob.SystemName, now);

    public static string PlanTitle(int year, CultureInfo language) => Format("PlannedWorks.Publication.PlanTitle", language, year);

    public static string PlanBody(int year, IReadOnlyList<WorksWindowRecord> windows, CultureInfo language)
    {
        var lines = windows.OrderBy(w => w.StartUtc).Take(ListedWindows).Select(w => "• " + Line(w, language));
        var more = windows.Count - ListedWindows;
        if (more > 0) lines = lines.Append(Format("Extensions.AndMore", language, more));
        return Format("PlannedWorks.Publication.PlanBody", language, year) + "\n\n" + string.Join("\n", lines);
    }

    /// <summary>"2027-03: 14.03.2027 02:00 – 14.03.2027 06:00, модули: Аукцион".</summary>
    public static string Line(WorksWindowRecord window, CultureInfo language) =>
        Format("PlannedWorks.Publication.Line", language, window.Code, AstanaTime.Text(window.StartUtc), AstanaTime.Text(window.EndUtc),
            Modules(window, language));

    public static string Modules(WorksWindowRecord window, CultureInfo language) =>
        window.ModuleList.Count == 0 ? Format("PlannedWorks.Publication.WholeSystem", language)
            : Format("PlannedWorks.Publication.Modules", language, string.Join(", ", window.ModuleList));

    public static string NoticeTitle(WorksWindowRecord window, CultureInfo language) =>
        Format("PlannedWorks.Publication.NoticeTitle", language, window.Code, AstanaTime.Text(window.StartUtc), AstanaTime.Text(window.EndUtc));

    public static string NoticeBody(WorksWindowRecord window, CultureInfo language) =>
        Format("PlannedWorks.Publication.NoticeBody", language, AstanaTime.Text(window.StartUtc), AstanaTime.Text(window.EndUtc), Modules(window, language),
            language.TwoLetterISOLanguageName == "kk" ? window.DescriptionKk : window.DescriptionRu);

    private static string Format(string key, CultureInfo language, params object[] args) =>
        string.Format(language, Strings.GetString(key, language) ?? key, args);
}
