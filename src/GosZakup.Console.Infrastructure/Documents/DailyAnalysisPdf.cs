using System.Globalization;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace GosZakup.Console.Infrastructure.Documents;

/// <summary>The daily analysis of failures (R2 §26) as a landscape A4 PDF: the Kazakh and Russian title and period,
/// the totals in both languages, one row per incident (headers repeated on every page), then the breached duties.</summary>
public static class DailyAnalysisPdf
{
    // Points across the 786 pt between the margins of a landscape A4 page, in the order of Columns.
    private static readonly double[] Widths = [80, 70, 80, 62, 62, 52, 150, 150, 80];

    private static readonly BilingualText[] Columns =
    [
        new("Нөмірі", "Номер"), new("Тіркелді", "Зарегистрирован"), new("Расталды / теріске шығарылды", "Подтверждён / опровергнут"),
        new("Жойылды", "Устранён"), new("Жабылды", "Закрыт"), new("Деңгейі", "Уровень"), new("Себебі (Қағидалардың 4-тармағы)", "Причина (п. 4 Правил)"),
        new("Қабылданған шаралар", "Принятые меры"), new("Мәртебесі", "Статус"),
    ];

    public static BilingualText Title { get; } = new("Техникалық іркілістерді күнделікті талдау", "Ежедневный анализ технических сбоев");

    public static BilingualText Status(IncidentStatus status) => status switch
    {
        IncidentStatus.Registered => new("тіркелді", "зарегистрирован"),
        IncidentStatus.UnderAnalysis => new("талдануда", "на анализе"),
        IncidentStatus.Refuted => new("теріске шығарылды", "опровергнут"),
        IncidentStatus.Confirmed => new("расталды", "подтверждён"),
        IncidentStatus.Fixing => new("жойылуда", "устраняется"),
        IncidentStatus.Fixed => new("жойылды", "устранён"),
        IncidentStatus.Closed => new("жабылды", "закрыт"),
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>The totals line in each language: count, statuses, levels, operator-related, breached duties.</summary>
    public static BilingualText Totals(DailyAnalysisDocument analysis)
    {
        var statusesKk = string.Join(", ", analysis.ByStatus.Select(s => $"{Status(s.Status).Kazakh} — {s.Count}"));
        var statusesRu = string.Join(", ", analysis.ByStatus.Select(s => $"{Status(s.Status).Russian} — {s.Count}"));
        var levelsKk = string.Join(", ", analysis.ByLevel.Select(l => $"{ActF2Form.Level(l.Level).Kazakh} — {l.Count}"));
        var levelsRu = string.Join(", ", analysis.ByLevel.Select(l => $"{ActF2Form.Level(l.Level).Russian} — {l.Count}"));
        var (count, op, late, open) = (analysis.Incidents.Count, analysis.OperatorRelated, analysis.MetLate, analysis.StillOpen);
        return new(
            $"Іркілістер барлығы: {count}. Мәртебелер: {Or(statusesKk, "жоқ")}. Деңгейлер: {Or(levelsKk, "жоқ")}. Операторға байланысты: {op}. " +
            $"Мерзімі бұзылған міндеттер: {late + open} (кешігіп орындалды — {late}, әлі орындалмаған — {open}).",
            $"Всего сбоев: {count}. Статусы: {Or(statusesRu, "нет")}. Уровни: {Or(levelsRu, "нет")}. Связанные с оператором: {op}. " +
            $"Нарушены сроки обязанностей: {late + open} (исполнены с опозданием — {late}, не исполнены — {open}).");
    }

    /// <summary>"21.11.2026 00:00 – 23.11.2026 00:00 (UTC+5)".</summary>
    public static string Period(DailyAnalysisDocument analysis) =>
        $"{AstanaTime.Text(analysis.FromUtc)} – {AstanaTime.Labelled(analysis.ToUtc)}";

    /// <summary>The same analysis gives the same bytes: nothing here reads the clock.</summary>
    public static byte[] Render(DailyAnalysisDocument analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        DejaVuFontResolver.Install();
        using var document = new PdfDocument();
        var seed = $"DA|{analysis.Day:yyyy-MM-dd}|{analysis.CreatedAtUtc:O}|{analysis.Incidents.Count}|{analysis.Breaches.Count}";
        StablePdfBytes.Describe(document, $"{Title.Both} {analysis.Day:dd.MM.yyyy}", "R2 §26", analysis.CreatedAtUtc);
        StablePdfBytes.Identify(document, seed);

        var titleFont = new XFont(DejaVuFontResolver.Family, 11, XFontStyleEx.Bold);
        var boldFont = new XFont(DejaVuFontResolver.Family, 8.5, XFontStyleEx.Bold);
        var textFont = new XFont(DejaVuFontResolver.Family, 8.5, XFontStyleEx.Regular);
        var headerFont = new XFont(DejaVuFontResolver.Family, 6.5, XFontStyleEx.Bold);
        var cellFont = new XFont(DejaVuFontResolver.Family, 7, XFontStyleEx.Regular);
        using var table = new PdfTablePages(document, Widths, Columns.Select(c => c.Both).ToList(), headerFont, cellFont);

        table.NewPage();
        table.Centred(Title.Kazakh, titleFont, spaceAfter: 0);
        table.Centred(Title.Russian, titleFont);
        table.Centred($"{analysis.Day:dd.MM.yyyy}. Кезең / Период: {Period(analysis)}", textFont, spaceAfter: 8);
        var totals = Totals(analysis);
        table.Line(totals.Kazakh, textFont);
        table.Line(totals.Russian, textFont);
        table.Skip(6);

        if (analysis.Incidents.Count == 0)
            table.Line("Кезеңде іркілістер болған жоқ. / За период сбоев не было.", textFont);
        else
        {
            table.Header();
            foreach (var incident in analysis.Incidents)
                table.Row(Cells(incident));
        }

        Breaches(table, analysis.Breaches, boldFont, textFont);
        table.Line($"Жасалды / Сформирован: {AstanaTime.Labelled(analysis.CreatedAtUtc)}", cellFont);
        table.Finish(cellFont);
        return StablePdfBytes.Save(document, seed);
    }

    private static string[] Cells(DailyIncidentRow incident) =>
    [
        incident.Number,
        Time(incident.RegisteredAtUtc),
        incident.DecidedAtUtc is { } decided
            ? $"{Time(decided)} {(incident.Refuted ? Status(IncidentStatus.Refuted) : Status(IncidentStatus.Confirmed)).Both}"
            : "—",
        incident.FixedAtUtc is { } fixedAt ? Time(fixedAt) : "—",
        incident.ClosedAtUtc is { } closed ? Time(closed) : "—",
        incident.Level is { } level ? ActF2Form.Level(level).Both : "—",
        incident.Cause is { } cause
            ? $"{cause.Title.Kk} ({ClauseText.Of(cause.Clause).Kazakh}) / {cause.Title.Ru} ({ClauseText.Of(cause.Clause).Russian})"
            : "—",
        string.IsNullOrWhiteSpace(incident.Measures) ? "—" : incident.Measures,
        Status(incident.Status).Both,
    ];

    private static void Breaches(PdfTablePages table, IReadOnlyList<DailyBreachRow> breaches, XFont bold, XFont text)
    {
        if (!table.Fits(4 * bold.GetHeight())) table.NewPage();
        table.Skip(10);
        table.Line("Мерзімі бұзылған міндеттер / Обязанности с нарушенным сроком", bold);
        if (breaches.Count == 0)
        {
            table.Line("Жоқ. / Нет.", text);
            table.Skip(6);
            return;
        }
        foreach (var breach in breaches)
        {
            if (!table.Fits(3 * text.GetHeight())) table.NewPage();
            var met = breach.MetAtUtc is { } at
                ? $"кешігіп орындалды / исполнено с опозданием {AstanaTime.Text(at)}"
                : "орындалмаған / не исполнено";
            table.Line($"{breach.Subject} — {breach.Code} ({ClauseText.Of(breach.Clause).Both}): " +
                $"мерзімі / срок {AstanaTime.Text(breach.DueAtUtc)}; {met}", text);
        }
        table.Skip(6);
    }

    private static string Time(DateTime utc) => AstanaTime.FromUtc(utc).ToString("dd.MM HH:mm", CultureInfo.InvariantCulture);

    private static string Or(string text, string none) => text.Length == 0 ? none : text;
}
