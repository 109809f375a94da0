using GosZakup.Console.Infrastructure.Documents;
using GosZakup.Console.Web.Api;
using GosZakup.Console.Web.Security;

namespace GosZakup.Console.Web.Features.OwnerReports;

/// <summary>Downloads of the report to the Owner: the letter as sent (the desk's roles; not the Working Group's, which
/// receives it by letter), and the Supervisor's unsent preview.</summary>
public static class OwnerReportFile
{
    public static string Link(string number) => $"/incidents/{Uri.EscapeDataString(number)}/owner-report.pdf";

    public static string PreviewLink(string number, string token) => $"/incidents/{Uri.EscapeDataString(number)}/owner-report/preview/{token}.pdf";

    public static IEndpointRouteBuilder MapOwnerReportFiles(this IEndpointRouteBuilder app)
    {
        app.MapGet("/incidents/{number}/owner-report.pdf", async (string number, OwnerReportQuery query, CancellationToken ct) =>
        {
            var view = await query.LoadAsync(number, ct);
            if (view is null || query.SentDocument(view) is not { } report) return Results.NotFound();
            return FileDownloads.Pdf(OwnerReportPdf.Render(report), $"owner-report-{number}.pdf");
        }).RequireAuthorization(Policies.Incidents).ExcludeFromDescription();

        app.MapGet("/incidents/{number}/owner-report/preview/{token}.pdf", (string number, string token, OwnerReportPreviews previews, HttpContext http) =>
            previews.Find(token, http.User.Identity?.Name ?? "") is { } pdf
                ? FileDownloads.Pdf(pdf, $"owner-report-{number}-preview.pdf")
                : Results.NotFound())
            .RequireAuthorization(Policies.Incidents).ExcludeFromDescription();
        return app;
    }
}
