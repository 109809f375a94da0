using GosZakup.Console.Domain.Calendar;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace GosZakup.Console.Infrastructure.Documents;

/// <summary>Form F1, the Register Journal of users' appeals about technical failures, as a landscape A4 PDF:
/// the Kazakh and Russian title, the eleven F1 columns, and the signatures of the operator's head and of the
/// responsible person of the technical administration department, as <see cref="SingleOperator"/> names them.</summary>
public static class RegisterJournalPdf
{
    // Points across the 786 pt between the margins of a landscape A4 page, in the order of F1Form.Columns.
    internal static readonly double[] Widths = [76, 86, 58, 52, 82, 116, 76, 58, 64, 59, 59];

    /// <summary>The same rows and the same <paramref name="createdAtUtc"/> give the same bytes.</summary>
    public static byte[] Render(IReadOnlyList<F1Row> rows, DateTime createdAtUtc, SingleOperator @operator)
    {
        ArgumentNullException.ThrowIfNull(@operator);
        DejaVuFontResolver.Install();
        using var document = new PdfDocument();
        StablePdfBytes.Describe(document, F1Form.Title.Both, F1Form.FormName.Both, createdAtUtc);
        StablePdfBytes.Identify(document, Seed(rows, createdAtUtc));

        var titleFont = new XFont(DejaVuFontResolver.Family, 11, XFontStyleEx.Bold);
        var textFont = new XFont(DejaVuFontResolver.Family, 8, XFontStyleEx.Regular);
        var headerFont = new XFont(DejaVuFontResolver.Family, 6.5, XFontStyleEx.Bold);
        var cellFont = new XFont(DejaVuFontResolver.Family, 7, XFontStyleEx.Regular);
        using var table = new PdfTablePages(document, Widths, F1Form.Columns.Select(c => c.Both).ToList(), headerFont, cellFont);

        table.NewPage();
        table.Centred(F1Form.FormName.Both, textFont);
        table.Centred(F1Form.Title.Kazakh, titleFont, spaceAfter: 0);
        table.Centred(F1Form.Title.Russian, titleFont);
        var created = AstanaTime.FromUtc(createdAtUtc).ToString("dd.MM.yyyy HH:mm", null);
        table.Line($"{F1Form.CreatedAt.Both}: {created}.   {F1Form.RowCount.Both}: {rows.Count}.", textFont);
        table.Skip(4);
        table.Header();
        foreach (var row in rows)
            table.Row(row.Cells);

        Signatures(table, textFont, @operator);
        table.Finish(textFont);

        return StablePdfBytes.Save(document, Seed(rows, createdAtUtc));
    }

    private static string Seed(IReadOnlyList<F1Row> rows, DateTime createdAtUtc) =>
        $"F1|{createdAtUtc:O}|{rows.Count}|{rows.FirstOrDefault()?.Number}|{rows.LastOrDefault()?.Number}";

    private static void Signatures(PdfTablePages table, XFont font, SingleOperator @operator)
    {
        var signatories = F1Form.Signatories(@operator);
        var lineHeight = font.GetHeight();
        var blockHeight = signatories.Count * (4 * lineHeight + 8) + 12;
        if (!table.Fits(blockHeight)) table.NewPage();
        table.Skip(16);
        var blank = new string('_', 28);
        foreach (var (title, name) in signatories)
        {
            table.Line(title.Kazakh, font);
            table.Line(title.Russian, font);
            table.Skip(6);
            var printed = string.IsNullOrEmpty(name.Both) ? blank : name.Both;
            table.Line($"{blank}  ({F1Form.Signature.Both})          {printed}  ({F1Form.FullName.Both})", font);
            table.Skip(10);
        }
    }
}
