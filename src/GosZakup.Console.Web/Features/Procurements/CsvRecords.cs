using System.Text;

namespace GosZakup.Console.Web.Features.Procurements;

/// <summary>RFC 4180 records: fields separated by the delimiter, optionally quoted, <c>""</c> for a quote inside quotes,
/// line breaks allowed inside quotes. Each record carries the line it starts on.</summary>
internal static class CsvRecords
{
    public sealed record Record(int Line, IReadOnlyList<string> Fields, bool UnclosedQuote);

    public static IEnumerable<Record> Read(string text, char delimiter)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var i = 0;
        if (text.Length > 0 && text[0] == '\uFEFF') i = 1;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else
                {
                    if (c == '\n') line++;
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0) quoted = true;
            else if (c == delimiter) { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' || c == '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                fields.Add(field.ToString());
                field.Clear();
                if (!(fields.Count == 1 && fields[0].Length == 0)) yield return new Record(recordLine, [.. fields], false);
                fields.Clear();
                line++;
                recordLine = line;
            }
            else field.Append(c);
        }

        if (field.Length > 0 || fields.Count > 0 || quoted)
        {
            fields.Add(field.ToString());
            yield return new Record(recordLine, [.. fields], quoted);
        }
    }
}
