using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Documents;
using MiniExcelLibs;

namespace GosZakup.Console.Web.Features.Journal;

public enum JournalFormat
{
    Xlsx,
    Pdf,
}

/// <summary>An exported Journal, or, when too many rows match, no content and the number that did.</summary>
public sealed record JournalFile(byte[]? Content, string FileName, string ContentType, int Total)
{
    public bool TooMany => Content is null;
}

/// <summary>Exports every row of the filtered Register Journal as form F1: a spreadsheet, or the PDF to sign.</summary>
public sealed class JournalExport(JournalQuery query, SingleOperator @operator, TimeProvider clock)
{
    /// <summary>More rows than this make a file nobody reads or prints; the user narrows the filters instead.</summary>
    public const int MaxRows = 50_000;

    public const string SheetName = "F1";

    public async Task<JournalFile> CreateAsync(JournalFormat format, JournalFilter filter, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var name = $"register-journal-{AstanaTime.FromUtc(now):yyyyMMdd}";
        var (extension, contentType) = format == JournalFormat.Pdf
            ? (".pdf", "application/pdf")
            : (".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var found = await query.AllAsync(filter, MaxRows, ct);
        if (found.Total > MaxRows) return new JournalFile(null, name + extension, contentType, found.Total);
        var rows = found.Rows.Select(ToF1).ToList();
        var content = format == JournalFormat.Pdf ? RegisterJournalPdf.Render(rows, now, @operator) : Xlsx(rows);
        return new JournalFile(content, name + extension, contentType, found.Total);
    }

    /// <summary>One sheet "F1", one header row of "Kazakh / Russian" captions, Astana times as text.</summary>
    public static byte[] Xlsx(IReadOnlyList<F1Row> rows)
    {
        var headers = F1Form.Columns.Select(c => c.Both).ToList();
        var sheet = rows.Select(row => (IDictionary<string, object>)headers.Zip(row.Cells)
            .ToDictionary(pair => pair.First, pair => (object)pair.Second));
        using var stream = new MemoryStream();
        stream.SaveAs(sheet.ToList(), sheetName: SheetName, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    /// <summary>One F1 row: the employee's full name in Kazakh and Russian, confirmed or not with the time of that decision,
    /// the decision (the analysis' result) and the measures of the fix, once the incident has them.</summary>
    public static F1Row ToF1(JournalRow row) => new(
        row.Number, row.Organisation, row.TaxpayerNumber ?? "", AstanaTime.FromUtc(row.ReceivedAtUtc).ToString("dd.MM.yyyy HH:mm", null),
        string.Join("\n", new[] { row.Email, row.Phone }.Where(c => !string.IsNullOrWhiteSpace(c))), row.Description, row.Employee.Bilingual.Both,
        Confirmation(row), row.DecidedAtUtc is { } decided ? AstanaTime.Text(decided) : "", row.Decision ?? "", row.Measures ?? "");

    // Confirmed stays confirmed while the incident is fixed and closed; before the decision it is neither.
    private static string Confirmation(JournalRow row) => row switch
    {
        { Status: IncidentStatus.Refuted } => F1Form.NotConfirmed.Both,
        { DecidedAtUtc: not null } => F1Form.Confirmed.Both,
        _ => "—",
    };
}
