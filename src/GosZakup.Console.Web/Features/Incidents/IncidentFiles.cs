using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Features.Inbox;
using GosZakup.Console.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Incidents;

/// <summary>Downloads of an appeal's attachments: always as a download (never rendered inline, so a file can
/// never run as a page of the console), with the type recorded when it was checked.</summary>
public static class IncidentFiles
{
    public static IEndpointRouteBuilder MapIncidentFiles(this IEndpointRouteBuilder app)
    {
        app.MapGet("/attachments/{id:guid}", async (Guid id, IDbContextFactory<AppDbContext> dbFactory, AttachmentFolder folder, CancellationToken ct) =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var attachment = await db.Set<AttachmentRecord>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
            return attachment is null ? Results.NotFound() : folder.Download(attachment.Sha256, attachment.ContentType, attachment.FileName);
        }).RequireAuthorization(Policies.Incidents).ExcludeFromDescription();
        return app;
    }
}
