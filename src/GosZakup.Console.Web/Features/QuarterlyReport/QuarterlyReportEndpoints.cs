using System.Security.Claims;
using GosZakup.Console.Infrastructure.Reports;
using GosZakup.Console.Web.Api;
using GosZakup.Console.Web.Security;

namespace GosZakup.Console.Web.Features.QuarterlyReport;

/// <summary>Downloads of a report build: the PDF (the signed one once signed) and the spreadsheet.</summary>
public static class QuarterlyReportEndpoints
{
    public static IEndpointRouteBuilder MapQuarterlyReportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/reports/quarterly/{id:guid}/report.pdf", (Guid id, ClaimsPrincipal user, QuarterlyReportQuery query, CancellationToken ct) =>
            FileAsync(query, id, QuarterlyReportFileRecord.Pdf, user, ct)).RequireAuthorization(Policies.Reports).ExcludeFromDescription();
        app.MapGet("/reports/quarterly/{id:guid}/report.xlsx", (Guid id, ClaimsPrincipal user, QuarterlyReportQuery query, CancellationToken ct) =>
            FileAsync(query, id, QuarterlyReportFileRecord.Xlsx, user, ct)).RequireAuthorization(Policies.Reports).ExcludeFromDescription();
        return app;
    }

    public static string PdfPath(Guid id) => $"/reports/quarterly/{id}/report.pdf";

    public static string XlsxPath(Guid id) => $"/reports/quarterly/{id}/report.xlsx";

    private static async Task<IResult> FileAsync(QuarterlyReportQuery query, Guid id, string kind, ClaimsPrincipal user, CancellationToken ct) =>
        await query.FileAsync(id, kind, user, ct) is { } file ? FileDownloads.Document(file.Content, file.ContentType, file.FileName) : Results.NotFound();
}
