using GosZakup.Console.Domain.Calendar;
using PdfSharp.Drawing;
using PdfSharp.Pdf.Annotations;

namespace GosZakup.Console.Infrastructure.Documents.Signing;

/// <summary>The visible stamp of a signature: who signed and when (Astana time), in Kazakh and Russian.</summary>
internal sealed class SignatureStamp(string signer, DateTime signingTimeUtc) : IAnnotationAppearanceHandler
{
    public void DrawAppearance(XGraphics gfx, XRect rect)
    {
        var font = new XFont(DejaVuFontResolver.Family, 7, XFontStyleEx.Regular);
        var bold = new XFont(DejaVuFontResolver.Family, 7, XFontStyleEx.Bold);
        var box = new XRect(0, 0, rect.Width, rect.Height);
        gfx.DrawRectangle(new XPen(XColors.DarkBlue, 0.8), box);
        var lineHeight = font.GetHeight() + 1;
        var lines = new (string Text, XFont Font)[]
        {
            ("Электрондық цифрлық қолтаңбамен қол қойылды", font),
            ("Подписано электронной цифровой подписью", font),
            (signer, bold),
            (AstanaTime.Labelled(signingTimeUtc), font),
        };
        var y = 4.0;
        foreach (var (text, lineFont) in lines)
        {
            gfx.DrawString(text, lineFont, XBrushes.DarkBlue, new XRect(4, y, rect.Width - 8, lineHeight), XStringFormats.TopLeft);
            y += lineHeight;
        }
    }
}
