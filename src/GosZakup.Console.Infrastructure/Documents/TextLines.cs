using PdfSharp.Drawing;

namespace GosZakup.Console.Infrastructure.Documents;

/// <summary>Breaks text into lines that fit a width: at spaces, and inside a word only when the word alone is
/// wider than the line (long e-mail addresses, numbers). Measuring here lets a table know each row's height.</summary>
internal static class TextLines
{
    public static IReadOnlyList<string> Wrap(XGraphics graphics, string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (Fits(candidate)) { line = candidate; continue; }
                if (line.Length > 0) lines.Add(line);
                line = word;
                while (!Fits(line))
                {
                    var cut = LongestFittingPrefix(line);
                    lines.Add(line[..cut]);
                    line = line[cut..];
                }
            }
            lines.Add(line);
        }
        return lines;

        bool Fits(string candidate) => graphics.MeasureString(candidate, font).Width <= width - 0.5;

        int LongestFittingPrefix(string word)
        {
            var cut = 1;
            while (cut < word.Length && Fits(word[..(cut + 1)])) cut++;
            return cut;
        }
    }
}
