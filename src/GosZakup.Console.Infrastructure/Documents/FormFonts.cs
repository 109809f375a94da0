using PdfSharp.Drawing;

namespace GosZakup.Console.Infrastructure.Documents;

/// <summary>The type sizes of the portrait forms (F2, F3): 9.5 pt body text, nothing under 7.5 pt.</summary>
internal sealed class FormFonts
{
    public XFont Title { get; } = new(DejaVuFontResolver.Family, 11, XFontStyleEx.Bold);
    public XFont Body { get; } = new(DejaVuFontResolver.Family, 9.5, XFontStyleEx.Regular);
    public XFont Bold { get; } = new(DejaVuFontResolver.Family, 9.5, XFontStyleEx.Bold);
    public XFont Header { get; } = new(DejaVuFontResolver.Family, 8, XFontStyleEx.Bold);
    public XFont Cell { get; } = new(DejaVuFontResolver.Family, 8.5, XFontStyleEx.Regular);
    public XFont Small { get; } = new(DejaVuFontResolver.Family, 7.5, XFontStyleEx.Regular);
}
