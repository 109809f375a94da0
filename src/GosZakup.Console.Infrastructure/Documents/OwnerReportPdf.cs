using GosZakup.Console.Domain.Extensions;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace GosZakup.Console.Infrastructure.Documents;

/// <summary>The written report to the Owner and the Working Group (R2 §15.9, §16.9) as a portrait A4 PDF: the Kazakh letter
/// first, the Russian one on the next page, with the DejaVu fonts of forms F2 and F3. Long texts run on to further pages.</summary>
public static class OwnerReportPdf
{
    public static BilingualText Title { get; } = new("Техникалық іркілісті жою туралы есеп", "Отчёт об устранении технического сбоя");

    public static BilingualText Draft { get; } = new("ЖОБА — жіберілмеген", "ПРОЕКТ — не отправлен");

    /// <summary>The same <paramref name="report"/> gives the same bytes: nothing here reads the clock.</summary>
    public static byte[] Render(OwnerReportDocument report)
    {
        ArgumentNullException.ThrowIfNull(report);
        DejaVuFontResolver.Install();
        using var document = new PdfDocument();
        StablePdfBytes.Describe(document, $"{Title.Both} {report.IncidentNumber}", null, report.ReportedAtUtc);
        var seed = $"OWR|{report.IncidentNumber}|{report.ReportedAtUtc:O}|{report.IsDraft}";
        StablePdfBytes.Identify(document, seed);

        var fonts = new FormFonts();
        using var pages = new PdfTablePages(document, [511], [""], fonts.Header, fonts.Cell, portrait: true);
        Letter(pages, fonts, report, Kazakh(report));
        Letter(pages, fonts, report, Russian(report));
        pages.Finish(fonts.Small);
        return StablePdfBytes.Save(document, seed);
    }

    private sealed record Wording(string Operator, string To, string Title, string? Draft, IReadOnlyList<string> Body, string Signature, string Date);

    private static void Letter(PdfTablePages pages, FormFonts fonts, OwnerReportDocument report, Wording text)
    {
        pages.NewPage();
        pages.Line(text.Operator, fonts.Bold);
        pages.Skip(14);
        pages.Line(text.To, fonts.Body, x: 260);
        pages.Skip(18);
        if (text.Draft is { } draft) pages.Centred(draft, fonts.Title, spaceAfter: 4);
        pages.Centred(text.Title, fonts.Title, spaceAfter: 8);
        foreach (var paragraph in text.Body)
        {
            Paragraph(pages, paragraph, fonts.Body);
            pages.Skip(5);
        }
        if (!pages.Fits(24 + 2 * fonts.Bold.GetHeight() + 6)) pages.NewPage();
        pages.Skip(24);
        pages.Spread(text.Signature, report.ReportedByName, fonts.Bold);
        pages.Skip(6);
        pages.Line(text.Date, fonts.Body);
    }

    /// <summary>A paragraph line by line, on to a new page whenever the page is full.</summary>
    private static void Paragraph(PdfTablePages pages, string text, XFont font)
    {
        foreach (var line in TextLines.Wrap(pages.Graphics, text, font, pages.Width))
        {
            if (!pages.Fits(font.GetHeight())) pages.NewPage();
            pages.Line(line, font);
        }
    }

    private static Wording Kazakh(OwnerReportDocument r)
    {
        var level = ActF2Form.Level(r.Level).Kazakh;
        var body = new List<string>
        {
            $"Мемлекеттік сатып алу веб-порталының бірыңғай операторы Қағидалардың {r.Clause}-тармағына сәйкес № {r.IncidentNumber} " +
            $"техникалық іркілістің (күрделілік деңгейі: {level}) жойылғаны туралы хабарлайды.",
            $"Іркіліс кезеңі: {Time(r.FailureFromUtc)} бастап {Time(r.FixedAtUtc)} дейін (Астана уақыты, UTC+5)." + Module(r, "Модуль"),
            $"Себебі: {r.Cause.Kazakh} ({ClauseText.Of(r.CauseClause).Kazakh}).",
            $"Қабылданған шаралар: {r.Measures}",
            $"Нәтижесі: іркіліс {Time(r.FixedAtUtc)} (Астана уақыты, UTC+5) жойылды.",
        };
        body.AddRange(Deadlines(r, "Жаңа мерзімдер: жоқ.", "Жаңа мерзімдер (Астана уақыты, UTC+5):", "лот", k => Kind(k).Kazakh,
            n => $"және тағы {n} мерзім (веб-порталдың басты бетінде жарияланған)."));
        body.Add($"Алдын алу бойынша ұсыныстар: {r.PreventionKk}");
        return new(r.OperatorNameKk, "Веб-портал иесіне\nЖұмыс тобына", $"{Title.Kazakh} ({r.IncidentNumber})", r.IsDraft ? Draft.Kazakh : null, body,
            "Бірыңғай оператордың уәкілетті өкілі", $"Күні: {ActF2Form.Date(r.ReportedAtUtc)}");
    }

    private static Wording Russian(OwnerReportDocument r)
    {
        var level = ActF2Form.Level(r.Level).Russian;
        var body = new List<string>
        {
            $"Единый оператор веб-портала государственных закупок в соответствии с пунктом {r.Clause} Правил сообщает об устранении " +
            $"технического сбоя № {r.IncidentNumber} (уровень сложности: {level}).",
            $"Период сбоя: с {Time(r.FailureFromUtc)} по {Time(r.FixedAtUtc)} (время Астаны, UTC+5)." + Module(r, "Модуль"),
            $"Причина: {r.Cause.Russian} ({ClauseText.Of(r.CauseClause).Russian}).",
            $"Принятые меры: {r.Measures}",
            $"Результат: сбой устранён {Time(r.FixedAtUtc)} (время Астаны, UTC+5).",
        };
        body.AddRange(Deadlines(r, "Новые сроки: нет.", "Новые сроки (время Астаны, UTC+5):", "лот", k => Kind(k).Russian,
            n => $"и ещё {n} сроков (опубликованы на главной странице веб-портала)."));
        body.Add($"Рекомендации по предотвращению: {r.PreventionRu}");
        return new(r.OperatorNameRu, "Владельцу веб-портала\nРабочей группе", $"{Title.Russian} ({r.IncidentNumber})", r.IsDraft ? Draft.Russian : null, body,
            "Уполномоченный представитель единого оператора",
            $"Дата: {ActF2Form.Date(r.ReportedAtUtc)}");
    }

    private static IEnumerable<string> Deadlines(OwnerReportDocument r, string none, string heading, string lot, Func<DeadlineKind, string> kind,
        Func<int, string> more)
    {
        if (r.NewDeadlines.Count == 0)
        {
            yield return none;
            yield break;
        }
        yield return heading;
        foreach (var d in r.NewDeadlines)
            yield return $"  № {d.ProcurementNumber}{(d.LotNumber is { } l ? $", {lot} {l}" : "")} — {kind(d.Kind)}: {Time(d.OldUtc)} → {Time(d.NewUtc)}";
        if (r.MoreDeadlines > 0) yield return "  " + more(r.MoreDeadlines);
    }

    public static BilingualText Kind(DeadlineKind kind) => kind switch
    {
        DeadlineKind.AcceptanceStart => new("өтінімдерді қабылдаудың басталуы", "начало приёма заявок"),
        DeadlineKind.AcceptanceEnd => new("өтінімдерді қабылдаудың аяқталуы", "окончание приёма заявок"),
        DeadlineKind.Opening => new("өтінімдерді ашу", "вскрытие заявок"),
        DeadlineKind.Admission => new("қатысуға жіберу", "допуск к участию"),
        DeadlineKind.AuctionFirstRound => new("аукционның бірінші кезеңі", "первый этап аукциона"),
        DeadlineKind.AuctionSecondRound => new("аукционның екінші кезеңі", "второй этап аукциона"),
        DeadlineKind.Results => new("қорытындылар", "подведение итогов"),
        _ => BilingualText.Same(kind.ToString()),
    };

    private static string Module(OwnerReportDocument r, string caption) => r.SystemModule is { Length: > 0 } module ? $" {caption}: {module}." : "";

    private static string Time(DateTime utc) => ActF2Form.Time(utc);
}
