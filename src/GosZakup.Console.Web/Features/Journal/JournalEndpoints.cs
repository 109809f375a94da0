using GosZakup.Console.Infrastructure.Documents;
using GosZakup.Console.Web.Api;
using GosZakup.Console.Web.Resources;
using GosZakup.Console.Web.Security;
using Microsoft.Extensions.Localization;

namespace GosZakup.Console.Web.Features.Journal;

/// <summary><c>GET /journal/export.xlsx</c> and <c>GET /journal/export.pdf</c>: the filtered Register Journal
/// (form F1) as a download, with the filters of the page in the query string (see <see cref="JournalFilter.ToQueryString"/>).</summary>
public static class JournalEndpoints
{
    public static IEndpointRouteBuilder MapJournalEndpoints(this IEndpointRouteBuilder app)
    {
        var journal = app.MapGroup("/journal").RequireAuthorization(Policies.Journal).ExcludeFromDescription();
        journal.MapGet("/export.xlsx",
            (HttpRequest request, JournalQuery query, SingleOperator @operator, TimeProvider clock, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            ExportAsync(JournalFormat.Xlsx, request.Query, new JournalExport(query, @operator, clock), l, ct));
        journal.MapGet("/export.pdf",
            (HttpRequest request, JournalQuery query, SingleOperator @operator, TimeProvider clock, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            ExportAsync(JournalFormat.Pdf, request.Query, new JournalExport(query, @operator, clock), l, ct));
        return app;
    }

    internal static async Task<IResult> ExportAsync(JournalFormat format, IQueryCollection query, JournalExport export,
        IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (!JournalFilter.TryParse(query, out var filter))
            return TypedResults.Problem(l["Journal.Export.BadFilter"], statusCode: StatusCodes.Status400BadRequest);
        var file = await export.CreateAsync(format, filter, ct);
        if (file.TooMany)
            return TypedResults.Problem(l["Journal.Export.TooMany", file.Total, JournalExport.MaxRows], statusCode: StatusCodes.Status400BadRequest);
        return FileDownloads.Document(file.Content!, file.ContentType, file.FileName);
    }
}
