using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace GosZakup.Console.Infrastructure.Documents;

/// <summary>Form F2, the Act on a portal failure that left suppliers unable to submit a price offer (R2 §17), as a
/// portrait A4 PDF: the Kazakh text, then the Russian one, then the suppliers' table (bilingual headers, repeated
/// on every page it runs over), the signature block of the head of the single operator with the seal place, and a QR
/// code of the verification URL.</summary>
public static class ActF2Pdf
{
    // Points across the 511 pt between the margins of a portrait A4 page, in the order of ActF2Form.SupplierColumns.
    private static readonly double[] Widths = [22, 205, 84, 110, 90];
    private const double QrSide = 96;
    private const double QrColumn = 150;

    /// <summary>The same <paramref name="act"/> gives the same bytes: nothing here reads the clock.</summary>
    public static byte[] Render(ActDocument act)
    {
        ArgumentNullException.ThrowIfNull(act);
        DejaVuFontResolver.Install();
        using var document = new PdfDocument();
        var title = ActF2Form.Title(act.Number);
        StablePdfBytes.Describe(document, title.Both, ActF2Form.FormName.Both, act.DrawnUpAtUtc);
        var seed = Seed(act);
        StablePdfBytes.Identify(document, seed);

        var fonts = new FormFonts();
        using var pages = new PdfTablePages(
            document, Widths, ActF2Form.SupplierColumns.Select(c => c.Both).ToList(), fonts.Header, fonts.Cell, portrait: true);

        pages.NewPage();
        pages.Spread("", ActF2Form.FormName.Both, fonts.Small);
        pages.Skip(10);
        pages.Centred(title.Kazakh, fonts.Title, spaceAfter: 4);
        pages.Centred(title.Russian, fonts.Title, spaceAfter: 10);
        if (act.ReplacesNumber is { } replaced)
        {
            pages.Centred(ActF2Form.Replaces(replaced).Kazakh, fonts.Body, spaceAfter: 2);
            pages.Centred(ActF2Form.Replaces(replaced).Russian, fonts.Body, spaceAfter: 8);
        }
        pages.Spread(ActF2Form.Date(act.DrawnUpAtUtc), ActF2Form.City.Both, fonts.Body);
        pages.Skip(10);

        Body(pages, fonts, act, t => t.Kazakh);
        pages.Skip(4);
        pages.Graphics.DrawLine(new XPen(XColors.Gray, 0.5), pages.Margin, pages.Y, pages.Margin + pages.Width, pages.Y);
        pages.Skip(8);
        Body(pages, fonts, act, t => t.Russian);
        pages.Skip(6);

        if (!pages.Fits(48)) pages.NewPage();
        pages.Header();
        var number = 0;
        foreach (var supplier in act.Suppliers)
            pages.Row([$"{++number}", supplier.Name, supplier.TaxpayerNumber, supplier.ProcurementNumber, supplier.LotNumber]);

        SignatureAndQr(pages, fonts, act);
        pages.Finish(fonts.Small);
        return StablePdfBytes.Save(document, seed);
    }

    private static void Body(PdfTablePages pages, FormFonts fonts, ActDocument act, Func<BilingualText, string> language)
    {
        foreach (var paragraph in new[]
                 {
                     ActF2Form.Confirmation(act), ActF2Form.TypeLine(act.IsOperatorRelated), ActF2Form.LevelLine(act.Level),
                     ActF2Form.CauseLine(act.Cause), ActF2Form.Consequence,
                 })
        {
            pages.Line(language(paragraph), fonts.Body, x: 0);
            pages.Skip(3);
        }
    }

    private static void SignatureAndQr(PdfTablePages pages, FormFonts fonts, ActDocument act)
    {
        var graphics = pages.Graphics;
        var captionLines = TextLines.Wrap(graphics, ActF2Form.Verification.Both, fonts.Small, QrColumn);
        var urlLines = TextLines.Wrap(graphics, act.VerificationUrl, fonts.Small, QrColumn);
        var qrHeight = (captionLines.Count + urlLines.Count) * fonts.Small.GetHeight() + QrSide + 4;
        var width = pages.Width - QrColumn - 20;
        var blank = new string('_', 24);
        var name = string.IsNullOrEmpty(act.Signatory.Name.Both) ? blank : act.Signatory.Name.Both;
        var title = new[] { act.Signatory.Title.Kazakh, act.Signatory.Title.Russian }.Sum(t => TextLines.Wrap(graphics, t, fonts.Bold, width).Count);
        var named = TextLines.Wrap(graphics, $"{name}  ({ActF2Form.FullName.Both})", fonts.Body, width).Count;
        // The configured title and name may run over several lines; the block moves to a new page whole.
        var signatureHeight = (title + named + 2) * fonts.Body.GetHeight() + 50;
        if (!pages.Fits(20 + Math.Max(qrHeight, signatureHeight))) pages.NewPage();
        pages.Skip(20);

        var top = pages.Y;
        DrawQr(pages, fonts, act.VerificationUrl, top, captionLines, urlLines);

        pages.Line(act.Signatory.Title.Kazakh, fonts.Bold, width: width);
        pages.Line(act.Signatory.Title.Russian, fonts.Bold, width: width);
        pages.Skip(22);
        pages.Line($"{blank}  ({ActF2Form.Signature.Both})", fonts.Body, width: width);
        pages.Skip(10);
        pages.Line($"{name}  ({ActF2Form.FullName.Both})", fonts.Body, width: width);
        pages.Skip(18);
        pages.Line(ActF2Form.SealPlace.Both, fonts.Body, x: 40, width: width - 40);
        pages.Skip(Math.Max(0, top + qrHeight - pages.Y));
    }

    private static void DrawQr(
        PdfTablePages pages, FormFonts fonts, string url, double top, IReadOnlyList<string> captionLines, IReadOnlyList<string> urlLines)
    {
        var graphics = pages.Graphics;
        var left = pages.Margin + pages.Width - QrColumn;
        var lineHeight = fonts.Small.GetHeight();
        var y = top;
        foreach (var line in captionLines)
        {
            graphics.DrawString(line, fonts.Small, XBrushes.Black, new XRect(left, y, QrColumn, lineHeight), XStringFormats.TopCenter);
            y += lineHeight;
        }
        QrCodeImage.Draw(graphics, url, new XRect(left + (QrColumn - QrSide) / 2, y + 2, QrSide, QrSide));
        y += QrSide + 4;
        foreach (var line in urlLines)
        {
            graphics.DrawString(line, fonts.Small, XBrushes.Black, new XRect(left, y, QrColumn, lineHeight), XStringFormats.TopCenter);
            y += lineHeight;
        }
    }

    private static string Seed(ActDocument act) => $"F2|{act.Number}|{act.DrawnUpAtUtc:O}|{act.VerificationUrl}|{act.ReplacesNumber}";
}
