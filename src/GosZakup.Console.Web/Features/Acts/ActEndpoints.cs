using GosZakup.Console.Domain.Acts;
using GosZakup.Console.Web.Api;
using GosZakup.Console.Web.Features.Acts.Signing;
using GosZakup.Console.Web.Hosting;
using GosZakup.Console.Web.Security;

namespace GosZakup.Console.Web.Features.Acts;

/// <summary>The Act's PDFs: the unsigned F2 preview for the desk, and the signed Act for anyone (its QR code and the
/// §17 announcement link to it).</summary>
public static class ActEndpoints
{
    public static void MapActEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/acts/{number}/preview.pdf", PreviewAsync).WithTags("Acts").RequireAuthorization(Policies.Acts).ExcludeFromDescription();
        app.MapGet("/verify/acts/{number}/pdf", SignedAsync).WithTags("Acts").AllowAnonymous().RequireRateLimiting(RateLimits.PublicApi)
            .WithSummary("The signed Act (form F2) as registered, for anyone to check (R2 §17).");
    }

    private static async Task<IResult> PreviewAsync(string number, ActQuery query, ActPdf pdf, TimeProvider clock, HttpRequest request, CancellationToken ct)
    {
        if (await query.FindAsync(number, request.HttpContext.User, ct) is not { } view) return Results.NotFound();
        if (view.Act.State == ActState.Signed)
            return Results.Redirect($"/verify/acts/{Uri.EscapeDataString(view.Act.Number)}/pdf");
        var content = pdf.Render(view.Act, view.ReplacesNumber, clock.GetUtcNow().UtcDateTime, $"{request.Scheme}://{request.Host}");
        return FileDownloads.Pdf(content, $"Act-{view.Act.Number}-draft.pdf");
    }

    private static async Task<IResult> SignedAsync(string number, ActVerification verification, CancellationToken ct) =>
        await verification.SignedPdfAsync(number, ct) is { } stored
            ? FileDownloads.Pdf(stored.Pdf, $"Act-{stored.Act.Number}.pdf")
            : Results.NotFound();
}
