using System.Globalization;
using System.Resources;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Extensions;
using GosZakup.Console.Infrastructure.Extensions;
using GosZakup.Console.Web.Localization;
using GosZakup.Console.Web.Resources;

namespace GosZakup.Console.Web.Features.Extensions;

/// <summary>The words of a publication of new deadlines, in Kazakh or Russian: the documents speak both (R1 §12).</summary>
public static class ExtensionWording
{
    private static readonly ResourceManager Strings = new(typeof(SharedResource));

    /// <summary>An announcement lists this many deadlines; the rest are counted (a high failure may move thousands,
    /// which the portal reads from the API).</summary>
    public const int ListedInAnnouncement = 30;

    public static readonly CultureInfo Kazakh = CultureInfo.GetCultureInfo("kk-KZ");
    public static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    /// <summary>"15423871-1, lot 2: Acceptance of applications ends 20.11.2026 18:00 → 23.11.2026 18:00 (R2 §15.4)".</summary>
    public static string Line(ExtensionOrderRecord order, CultureInfo language)
    {
        var lot = order.LotNumber is { } number ? string.Format(language, Text("Extensions.LotSuffix", language), number) : "";
        return $"{order.ProcurementNumber}{lot}: {Kind(order.Kind, language)} {AstanaTime.Text(order.OldUtc)} → {AstanaTime.Text(order.NewUtc)} "
            + $"({ClauseLabels.Format(order.Clause, language)})";
    }

    public static string Lines(IReadOnlyList<ExtensionOrderRecord> orders, CultureInfo language, int? limit = null)
    {
        var shown = orders.Take(limit ?? orders.Count).Select(o => "• " + Line(o, language));
        var more = orders.Count - (limit ?? orders.Count);
        return string.Join("\n", more > 0 ? shown.Append(string.Format(language, Text("Extensions.AndMore", language), more)) : shown);
    }

    public static string Title(string source, CultureInfo language) => string.Format(language, Text("Extensions.Announcement.Title", language), source);

    public static string Body(IReadOnlyList<ExtensionOrderRecord> orders, bool works, string source, CultureInfo language) =>
        string.Format(language, Text("Extensions.Announcement.Body", language), Reason(works, source, language), orders.Count) + "\n\n" + Lines(orders,
            language, ListedInAnnouncement);

    /// <summary>"technical failure INC-2026-000012" or "planned works 2027-03".</summary>
    public static string Reason(bool works, string source, CultureInfo language) =>
        string.Format(language, Text(works ? "Extensions.Source.Works" : "Extensions.Source.Incident", language), source);

    public static string Kind(DeadlineKind kind, CultureInfo language) => Text($"Procurements.Deadline.{kind}", language);

    private static string Text(string key, CultureInfo language) => Strings.GetString(key, language) ?? key;
}
