using System.Diagnostics.CodeAnalysis;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Features.Inbox;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Api;

/// <summary>A file kept in the <see cref="AttachmentFolder"/>: the SHA-256 it is stored under, and the type and name
/// recorded when it was checked.</summary>
public sealed record KeptFile(string Sha256, string ContentType, string FileName);

/// <summary>
/// The one way the console answers a download: always as an attachment (<c>Content-Disposition: attachment</c> with
/// the file name also in UTF-8, so "шаги.png" arrives as itself), never rendered inline, so a file can never run as a
/// page of the console; a kept file is checked against its SHA-256 before a byte leaves.
/// </summary>
public static class FileDownloads
{
    public const string PdfType = "application/pdf";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>A document made for this request (a PDF, a workbook) as a download.</summary>
    public static IResult Document(byte[] content, string contentType, string fileName) => Results.File(content, contentType, fileName);

    public static IResult Pdf(byte[] content, string fileName) => Document(content, PdfType, fileName);

    /// <summary>
    /// <c>GET pattern</c> (whose route names an <c>{id:guid}</c>) answering the kept file that <paramref name="find"/> reads
    /// for the id, or 404. The caller adds the authorization policy.
    /// </summary>
    public static RouteHandlerBuilder MapKeptFile(this IEndpointRouteBuilder app, [StringSyntax("Route")] string pattern,
        Func<AppDbContext, Guid, IQueryable<KeptFile>> find) =>
        app.MapGet(pattern, async (Guid id, IDbContextFactory<AppDbContext> dbFactory, AttachmentFolder folder, HttpContext http, CancellationToken ct) =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var file = await find(db, id).FirstOrDefaultAsync(ct);
            return file is null ? Results.NotFound() : await folder.DownloadAsync(file, http.RequestServices, ct);
        }).ExcludeFromDescription();
}
