using GosZakup.Console.Infrastructure.Documents;
using GosZakup.Console.Web.Api;
using GosZakup.Console.Web.Security;

namespace GosZakup.Console.Web.Features.DailyAnalysis;

/// <summary><c>GET /reports/daily/{yyyy-MM-dd}.pdf</c>: a day's analysis as the PDF the mail links to.</summary>
public static class DailyAnalysisEndpoints
{
    public static IEndpointRouteBuilder MapDailyAnalysisPdf(this IEndpointRouteBuilder app)
    {
        app.MapGet("/reports/daily/{date}.pdf", PdfAsync).WithTags("Reports").RequireAuthorization(Policies.Reports).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> PdfAsync(string date, DailyAnalysisQuery query, CancellationToken ct)
    {
        if (DailyAnalysisLinks.Parse(date) is not { } day) return Results.NotFound();
        var analysis = await query.BuildAsync(day, ct);
        return FileDownloads.Pdf(DailyAnalysisPdf.Render(analysis), $"daily-analysis-{DailyAnalysisLinks.Text(day)}.pdf");
    }
}
