using GosZakup.Console.Domain.Amounts;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Web.Api;
using GosZakup.Console.Web.Resources;
using GosZakup.Console.Web.Security;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace GosZakup.Console.Web.Features.Penalties;

/// <summary>The quarter's penalties as a spreadsheet: one row per failure with its figures and formula, then the totals.</summary>
public static class PenaltyExport
{
    public const string SheetName = "R2-28";

    public static byte[] Xlsx(PenaltyTotals totals, PenaltyOptions options, IStringLocalizer<SharedResource> l)
    {
        var (incident, from, to, minutes, formula, amount) =
            (l["Penalties.Column.Incident"].Value, l["Penalties.Column.From"].Value, l["Penalties.Column.To"].Value, l["Penalties.Column.Minutes"].Value,
                l["Penalties.Column.Formula"].Value, l["Penalties.Column.Amount"].Value);
        var rows = totals.Lines.Select(line => (IDictionary<string, object>)new Dictionary<string, object>
        {
            [incident] = line.IncidentNumber,
            [from] = AstanaTime.Text(line.StartUtc),
            [to] = line.Open ? $"{AstanaTime.Text(line.EndUtc)} ({l["Penalties.Open"]})" : AstanaTime.Text(line.EndUtc),
            [minutes] = line.BilledMinutes,
            [formula] = PenaltyWording.Formula(line, options, l),
            [amount] = line.Amount,
        }).ToList();
        rows.Add(new Dictionary<string, object>
        {
            [incident] = l["Penalties.Total"].Value, [from] = "", [to] = "", [minutes] = totals.Lines.Sum(x => x.BilledMinutes),
            [formula] = totals.QuarterCapReached ? l["Penalties.QuarterCapReached", Money.Format(options.CapPerQuarter)].Value : "",
            [amount] = totals.Total,
        });
        using var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: SheetName, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    public static IEndpointRouteBuilder MapPenaltyExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/reports/penalties.xlsx", async (int year, int quarter, PenaltyQuery query, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        {
            if (year is < 2024 or > 2100 || quarter is < 1 or > 4) return Results.NotFound();
            var period = new Quarter(year, quarter);
            var totals = await query.ForQuarterAsync(period, ct);
            return FileDownloads.Document(Xlsx(totals, query.Options, l), FileDownloads.XlsxType, $"penalties-{period}.xlsx");
        }).RequireAuthorization(Policies.Reports).ExcludeFromDescription();
        return app;
    }
}
