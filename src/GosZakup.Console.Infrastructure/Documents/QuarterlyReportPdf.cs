using System.Globalization;
using GosZakup.Console.Domain.Calendar;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace GosZakup.Console.Infrastructure.Documents;

/// <summary>The quarterly report to the Working Group (R2 §27) as a landscape A4 PDF in Kazakh and Russian: failures by
/// level; each failure's cause, measures, result and prevention advice; breaches per clause; the signed Acts with the
/// securities and their return; the Register Journal extract in the F1 layout; and the operator's head who signs it.</summary>
public static class QuarterlyReportPdf
{
    // Each table spans the 786 pt between the margins of a landscape A4 page.
    private static readonly double[] LevelWidths = [393, 393];
    private static readonly double[] IncidentWidths = [76, 62, 50, 52, 130, 150, 90, 176];
    private static readonly double[] BreachWidths = [140, 316, 110, 110, 110];
    private static readonly double[] ActWidths = [60, 62, 62, 100, 250, 92, 160];

    /// <summary>The same report and signer give the same bytes: nothing here reads the clock.</summary>
    /// <param name="signer">The operator's head, printed in the signature block; null for the unsigned build.</param>
    public static byte[] Render(QuarterlyReportDocument report, ActSigner? signer)
    {
        ArgumentNullException.ThrowIfNull(report);
        DejaVuFontResolver.Install();
        using var document = new PdfDocument();
        var seed = $"QR|{report.Quarter}|{report.BuiltAtUtc:O}|{report.JournalTotal}|{report.Incidents.Count}|{signer?.FullName}";
        StablePdfBytes.Describe(document, $"{QuarterlyReportForm.Title.Both} {report.Quarter}", "R2 §27", report.BuiltAtUtc);
        StablePdfBytes.Identify(document, seed);

        var fonts = new FormFonts();
        var headerFont = new XFont(DejaVuFontResolver.Family, 6.5, XFontStyleEx.Bold);
        var cellFont = new XFont(DejaVuFontResolver.Family, 7, XFontStyleEx.Regular);
        using var pages = new PdfTablePages(document, LevelWidths, Header(QuarterlyReportForm.LevelColumns), headerFont, cellFont);
        pages.NewPage();
        Heading(pages, fonts, report);

        Section(pages, fonts, QuarterlyReportForm.LevelsSection, LevelWidths, QuarterlyReportForm.LevelColumns,
            report.ByLevel.Select(l => (IReadOnlyList<string>)[QuarterlyReportForm.Level(l.Level).Both, Count(l.Incidents)]).ToList());
        Section(pages, fonts, QuarterlyReportForm.IncidentsSection, IncidentWidths, QuarterlyReportForm.IncidentColumns,
            report.Incidents.Select(IncidentCells).ToList());
        Section(pages, fonts, QuarterlyReportForm.BreachesSection, BreachWidths, QuarterlyReportForm.BreachColumns,
            report.Breaches.Select(b => (IReadOnlyList<string>)[ClauseText.Of(b.Clause).Both, b.Code, Count(b.Due), Count(b.Breached),
                b.Rate.ToString("0.0", CultureInfo.InvariantCulture)]).ToList());
        Section(pages, fonts, QuarterlyReportForm.ActsSection, ActWidths, QuarterlyReportForm.ActColumns, ActRows(report.Acts));
        pages.Line(QuarterlyReportForm.SecurityTotals(report.Security).Kazakh, fonts.Cell);
        pages.Line(QuarterlyReportForm.SecurityTotals(report.Security).Russian, fonts.Cell);

        pages.NewPage();
        Section(pages, fonts, QuarterlyReportForm.JournalSection, RegisterJournalPdf.Widths, F1Form.Columns,
            report.Journal.Select(r => r.Cells).ToList());
        if (report.JournalTotal > report.Journal.Count)
            pages.Line(QuarterlyReportForm.JournalShown(report.Journal.Count, report.JournalTotal).Both, fonts.Cell);

        Signature(pages, fonts, signer);
        pages.Finish(fonts.Small);
        return StablePdfBytes.Save(document, seed);
    }

    private static void Heading(PdfTablePages pages, FormFonts fonts, QuarterlyReportDocument report)
    {
        pages.Centred(QuarterlyReportForm.Title.Kazakh, fonts.Title, spaceAfter: 0);
        pages.Centred(QuarterlyReportForm.Title.Russian, fonts.Title);
        pages.Centred(QuarterlyReportForm.Quarter(report.Quarter).Both, fonts.Body);
        var (first, last) = report.Quarter.Days;
        pages.Centred($"{first:dd.MM.yyyy} – {last:dd.MM.yyyy}. {QuarterlyReportForm.BuiltAt.Both}: {AstanaTime.Text(report.BuiltAtUtc)}",
            fonts.Body, spaceAfter: 4);
        if (report.IsPartial) pages.Centred(QuarterlyReportForm.Partial(AstanaTime.Text(report.BuiltAtUtc)).Both, fonts.Bold, spaceAfter: 4);
    }

    private static void Section(PdfTablePages pages, FormFonts fonts, BilingualText title, double[] widths, IReadOnlyList<BilingualText> columns,
        IReadOnlyList<IReadOnlyList<string>> rows)
    {
        if (!pages.Fits(6 * fonts.Bold.GetHeight())) pages.NewPage();
        pages.Skip(8);
        pages.Line(title.Kazakh, fonts.Bold);
        pages.Line(title.Russian, fonts.Bold);
        pages.Skip(3);
        if (rows.Count == 0)
        {
            pages.Line(QuarterlyReportForm.None.Both, fonts.Cell);
            return;
        }
        pages.Table(widths, Header(columns));
        pages.Header();
        foreach (var row in rows) pages.Row(row);
        pages.Skip(3);
    }

    private static IReadOnlyList<string> IncidentCells(QuarterIncident incident) =>
    [
        incident.Number,
        AstanaTime.Text(incident.RegisteredAtUtc),
        QuarterlyReportForm.Level(incident.Level).Both,
        QuarterlyReportForm.OperatorRelated(incident.IsOperatorRelated).Both,
        QuarterlyReportForm.Pair(incident.CauseKk, incident.CauseRu, "—"),
        Or(incident.Measures),
        QuarterlyReportForm.Result(incident).Both,
        QuarterlyReportForm.Pair(incident.PreventionKk, incident.PreventionRu, "—"),
    ];

    private static List<IReadOnlyList<string>> ActRows(IReadOnlyList<QuarterAct> acts)
    {
        var rows = acts.SelectMany(act => act.Suppliers.Select(s => (IReadOnlyList<string>)
        [
            act.Number, AstanaTime.Text(act.SignedAtUtc), act.PublishedAtUtc is { } published ? AstanaTime.Text(published) : "—",
            s.ProcurementNumber, $"{s.Name} ({s.TaxpayerNumber})", AmountInWords.Figures(s.Amount), QuarterlyReportForm.Return(s.State).Both,
        ])).ToList();
        if (rows.Count > 0) rows.Add([QuarterlyReportForm.Total.Both, "", "", "", "", AmountInWords.Figures(acts.Sum(a => a.Total)), ""]);
        return rows;
    }

    private static void Signature(PdfTablePages pages, FormFonts fonts, ActSigner? signer)
    {
        if (!pages.Fits(5 * fonts.Body.GetHeight() + 16)) pages.NewPage();
        pages.Skip(16);
        pages.Line(QuarterlyReportForm.Head.Both, fonts.Bold);
        if (signer is null)
        {
            pages.Skip(6);
            pages.Line($"{new string('_', 28)}  ({F1Form.Signature.Both})          {new string('_', 28)}  ({F1Form.FullName.Both})", fonts.Body);
            return;
        }
        pages.Line(signer.Position.Both, fonts.Body);
        pages.Line($"{signer.FullName} — {QuarterlyReportForm.SignedDigitally.Both}", fonts.Body);
    }

    private static IReadOnlyList<string> Header(IReadOnlyList<BilingualText> columns) => columns.Select(c => c.Both).ToList();

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Or(string? text) => string.IsNullOrWhiteSpace(text) ? "—" : text;
}
