using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Infrastructure.Documents;
using MiniExcelLibs;

namespace GosZakup.Console.Web.Features.QuarterlyReport;

/// <summary>The quarterly report as a spreadsheet for the Working Group: one sheet per section of the PDF, with the
/// same Kazakh / Russian headings, so figures can be summed and filtered.</summary>
public static class QuarterlyReportXlsx
{
    public static byte[] Write(QuarterlyReportDocument report)
    {
        var sheets = new Dictionary<string, object>
        {
            ["Levels"] =
                Rows(QuarterlyReportForm.LevelColumns, report.ByLevel.Select(l => new object[] { QuarterlyReportForm.Level(l.Level).Both, l.Incidents })),
            ["Incidents"] = Rows(QuarterlyReportForm.IncidentColumns, report.Incidents.Select(i => new object[]
            {
                i.Number, AstanaTime.Text(i.RegisteredAtUtc), QuarterlyReportForm.Level(i.Level).Both,
                QuarterlyReportForm.OperatorRelated(i.IsOperatorRelated).Both, QuarterlyReportForm.Pair(i.CauseKk, i.CauseRu, ""), i.Measures ?? "",
                QuarterlyReportForm.Result(i).Both,
                QuarterlyReportForm.Pair(i.PreventionKk, i.PreventionRu, ""),
            })),
            ["Breaches"] = Rows(QuarterlyReportForm.BreachColumns, report.Breaches.Select(b => new object[] { b.Clause, b.Code, b.Due, b.Breached, b.Rate })),
            ["Acts"] = Rows(QuarterlyReportForm.ActColumns, report.Acts.SelectMany(a => a.Suppliers.Select(s => new object[]
            {
                a.Number, AstanaTime.Text(a.SignedAtUtc), a.PublishedAtUtc is { } published ? AstanaTime.Text(published) : "", s.ProcurementNumber,
                $"{s.Name} ({s.TaxpayerNumber})", s.Amount, QuarterlyReportForm.Return(s.State).Both,
            })).Append([QuarterlyReportForm.Total.Both, "", "", "", "", report.Acts.Sum(a => a.Total), ""])),
            ["F1"] = Rows(F1Form.Columns, report.Journal.Select(r => r.Cells.Cast<object>().ToArray())),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static List<IDictionary<string, object>> Rows(IReadOnlyList<BilingualText> columns, IEnumerable<object[]> rows)
    {
        var names = columns.Select(c => c.Both).ToList();
        var list = rows.Select(cells => (IDictionary<string, object>)names.Select((name, i) => (name, value: cells[i])).ToDictionary(x => x.name, x => x.value))
            .ToList();
        // A sheet without rows still shows its headings.
        if (list.Count == 0) list.Add(names.ToDictionary(n => n, _ => (object)""));
        return list;
    }
}
