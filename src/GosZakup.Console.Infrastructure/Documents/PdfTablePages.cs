using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;
using PdfSharp.Pdf;

namespace GosZakup.Console.Infrastructure.Documents;

/// <summary>Lays a table over as many A4 pages as it needs (landscape unless <paramref name="portrait"/>): cells
/// wrap, the header repeats at the top of every page, a row too tall for what is left of a page continues on the
/// next one, and every page is numbered at the end. Text before and after the table flows on the same pages.</summary>
internal sealed class PdfTablePages(
    PdfDocument document, IReadOnlyList<double> widths, IReadOnlyList<string> header, XFont headerFont, XFont cellFont, bool portrait = false)
    : IDisposable
{
    private const double Padding = 2;
    private const double FooterSpace = 16;
    private static readonly XPen Rule = new(XColors.Black, 0.5);
    private IReadOnlyList<double> widths = widths;
    private IReadOnlyList<string> header = header;
    private XGraphics? graphics;
    private PdfPage? page;
    private bool rowsOnPage;

    /// <summary>28 pt on a landscape page, where the eleven columns of F1 need the room; 42 pt (15 mm) on a portrait one.</summary>
    public double Margin { get; } = portrait ? 42 : 28;

    public double Y { get; private set; }

    public double Width => widths.Sum();

    public XGraphics Graphics => graphics ?? throw new InvalidOperationException("Start a page first.");

    private double Bottom => page!.Height.Point - Margin - FooterSpace;

    public void NewPage()
    {
        graphics?.Dispose();
        page = document.AddPage();
        // A4 set by size, not by PageOrientation, so a landscape media box is itself wider than tall.
        page.Width = XUnit.FromMillimeter(portrait ? 210 : 297);
        page.Height = XUnit.FromMillimeter(portrait ? 297 : 210);
        graphics = XGraphics.FromPdfPage(page);
        Y = Margin;
        rowsOnPage = false;
    }

    public bool Fits(double height) => Y + height <= Bottom;

    /// <summary>Centred wrapped lines across the table's width, e.g. a title.</summary>
    public void Centred(string text, XFont font, double spaceAfter = 2)
    {
        foreach (var line in TextLines.Wrap(Graphics, text, font, Width))
        {
            Graphics.DrawString(line, font, XBrushes.Black, new XRect(Margin, Y, Width, font.GetHeight()), XStringFormats.TopCenter);
            Y += font.GetHeight();
        }
        Y += spaceAfter;
    }

    /// <summary>Wrapped lines from <paramref name="x"/> across <paramref name="width"/> (the rest of the line when not given).</summary>
    public void Line(string text, XFont font, double x = 0, double? width = null)
    {
        var room = width ?? Width - x;
        var lines = TextLines.Wrap(Graphics, text, font, room);
        Draw(lines, font, Margin + x, Y, room);
        Y += lines.Count * font.GetHeight();
    }

    /// <summary>One line with <paramref name="left"/> at the left margin and <paramref name="right"/> at the right one,
    /// e.g. a date and a city.</summary>
    public void Spread(string left, string right, XFont font)
    {
        Graphics.DrawString(left, font, XBrushes.Black, new XRect(Margin, Y, Width, font.GetHeight()), XStringFormats.TopLeft);
        Graphics.DrawString(right, font, XBrushes.Black, new XRect(Margin, Y, Width, font.GetHeight()), XStringFormats.TopRight);
        Y += font.GetHeight();
    }

    public void Skip(double height) => Y += height;

    /// <summary>Starts another table on the same pages; give it the same total width so text around it keeps its margins.</summary>
    public void Table(IReadOnlyList<double> columnWidths, IReadOnlyList<string> columnHeader)
    {
        (widths, header) = (columnWidths, columnHeader);
        rowsOnPage = false;
    }

    public void Header() => DrawRow(Cells(header, headerFont), headerFont, XBrushes.WhiteSmoke);

    public void Row(IReadOnlyList<string> cells)
    {
        var lines = Cells(cells, cellFont);
        var lineHeight = cellFont.GetHeight();
        while (true)
        {
            var height = lines.Max(l => l.Count) * lineHeight + 2 * Padding;
            if (Fits(height)) { DrawRow(lines, cellFont, null); return; }
            var room = (int)Math.Floor((Bottom - Y - 2 * Padding) / lineHeight);
            // A row that would fit on a page of its own moves there whole; a taller one is split.
            if (rowsOnPage && height <= Bottom - Margin - HeaderHeight() || room < 1) { NewPage(); Header(); continue; }
            DrawRow(lines.Select(l => l.Take(room).ToList()).ToList(), cellFont, null);
            lines = lines.Select(l => l.Skip(room).ToList()).ToList();
            NewPage();
            Header();
        }
    }

    /// <summary>Numbers the pages ("1 / 3") once all of them exist.</summary>
    public void Finish(XFont font)
    {
        graphics?.Dispose();
        graphics = null;
        for (var i = 0; i < document.PageCount; i++)
        {
            var numbered = document.Pages[i];
            using var g = XGraphics.FromPdfPage(numbered, XGraphicsPdfPageOptions.Append);
            var box = new XRect(Margin, numbered.Height.Point - Margin - font.GetHeight(), numbered.Width.Point - 2 * Margin, font.GetHeight());
            g.DrawString($"{i + 1} / {document.PageCount}", font, XBrushes.Black, box, XStringFormats.TopCenter);
        }
    }

    public void Dispose() => graphics?.Dispose();

    private double HeaderHeight() => Cells(header, headerFont).Max(l => l.Count) * headerFont.GetHeight() + 2 * Padding;

    private List<List<string>> Cells(IReadOnlyList<string> texts, XFont font) =>
        texts.Select((text, i) => TextLines.Wrap(Graphics, text, font, widths[i] - 2 * Padding).ToList()).ToList();

    private void DrawRow(List<List<string>> lines, XFont font, XBrush? fill)
    {
        var height = lines.Max(l => l.Count) * font.GetHeight() + 2 * Padding;
        var x = Margin;
        for (var i = 0; i < widths.Count; i++)
        {
            var cell = new XRect(x, Y, widths[i], height);
            if (fill is not null) Graphics.DrawRectangle(fill, cell);
            Graphics.DrawRectangle(Rule, cell);
            Draw(lines[i], font, x + Padding, Y + Padding, widths[i] - 2 * Padding);
            x += widths[i];
        }
        Y += height;
        rowsOnPage = fill is null || rowsOnPage;
    }

    private void Draw(IReadOnlyList<string> lines, XFont font, double x, double y, double width)
    {
        if (lines.Count == 0) return;
        // The lines are already broken to fit, so XTextFormatter only sets them one under another.
        var box = new XRect(x, y, width + 1, lines.Count * font.GetHeight() + 1);
        new XTextFormatter(Graphics).DrawString(string.Join("\n", lines), font, XBrushes.Black, box, XStringFormats.TopLeft);
    }
}
