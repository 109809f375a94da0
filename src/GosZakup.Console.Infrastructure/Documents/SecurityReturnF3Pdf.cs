using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace GosZakup.Console.Infrastructure.Documents;

/// <summary>Form F3, the organiser's information on crediting an application security to budget income (R2 §19), as
/// a portrait A4 PDF: the Kazakh text, then the Russian one (the amount in figures and in words in each), the
/// supplier's bank details with bilingual labels, and the signature of the head of the customer.</summary>
public static class SecurityReturnF3Pdf
{
    // Points across the 511 pt between the margins of a portrait A4 page: the label, then the value.
    private static readonly double[] Widths = [211, 300];

    /// <summary>The same <paramref name="f3"/> gives the same bytes: nothing here reads the clock.</summary>
    public static byte[] Render(SecurityReturnDocument f3)
    {
        ArgumentNullException.ThrowIfNull(f3);
        DejaVuFontResolver.Install();
        using var document = new PdfDocument();
        StablePdfBytes.Describe(document, SecurityReturnF3Form.Title.Both, SecurityReturnF3Form.FormName.Both, f3.PreparedAtUtc);
        var seed = $"F3|{f3.ActNumber}|{f3.SupplierBin}|{f3.LotNumber}|{f3.PreparedAtUtc:O}";
        StablePdfBytes.Identify(document, seed);

        var fonts = new FormFonts();
        var header = new[] { SecurityReturnF3Form.BankDetails.Both, SecurityReturnF3Form.Value.Both };
        using var pages = new PdfTablePages(document, Widths, header, fonts.Header, fonts.Cell, portrait: true);

        pages.NewPage();
        pages.Spread("", SecurityReturnF3Form.FormName.Both, fonts.Small);
        pages.Skip(10);
        pages.Centred(SecurityReturnF3Form.Title.Kazakh, fonts.Title, spaceAfter: 4);
        pages.Centred(SecurityReturnF3Form.Title.Russian, fonts.Title, spaceAfter: 14);

        Body(pages, fonts, f3, t => t.Kazakh);
        pages.Skip(4);
        pages.Graphics.DrawLine(new XPen(XColors.Gray, 0.5), pages.Margin, pages.Y, pages.Margin + pages.Width, pages.Y);
        pages.Skip(8);
        Body(pages, fonts, f3, t => t.Russian);
        pages.Skip(8);

        pages.Header();
        foreach (var (label, value) in SecurityReturnF3Form.BankRows(f3.Bank))
            pages.Row([label.Both, value]);

        Signature(pages, fonts, f3);
        pages.Finish(fonts.Small);
        return StablePdfBytes.Save(document, seed);
    }

    private static void Body(PdfTablePages pages, FormFonts fonts, SecurityReturnDocument f3, Func<BilingualText, string> language)
    {
        pages.Line(language(SecurityReturnF3Form.Organiser(f3)), fonts.Body);
        pages.Skip(3);
        pages.Line(language(SecurityReturnF3Form.Crediting(f3)), fonts.Body);
        pages.Skip(3);
    }

    private static void Signature(PdfTablePages pages, FormFonts fonts, SecurityReturnDocument f3)
    {
        if (!pages.Fits(20 + 8 * fonts.Body.GetHeight() + 30)) pages.NewPage();
        pages.Skip(24);
        pages.Line(SecurityReturnF3Form.Signatory.Kazakh, fonts.Bold);
        pages.Line(SecurityReturnF3Form.Signatory.Russian, fonts.Bold);
        pages.Skip(22);
        pages.Line($"{new string('_', 24)}  ({ActF2Form.Signature.Both})", fonts.Body);
        pages.Skip(10);
        pages.Line($"{f3.CustomerHeadFullName}  ({ActF2Form.FullName.Both})", fonts.Body);
        pages.Skip(10);
        pages.Line($"{SecurityReturnF3Form.Date.Both}: {ActF2Form.Date(f3.PreparedAtUtc)}", fonts.Body);
    }
}
