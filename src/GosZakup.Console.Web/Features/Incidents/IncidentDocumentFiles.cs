using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Features.Inbox;
using GosZakup.Console.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Incidents;

/// <summary>Downloads of the documents filed on an incident (evidence, referral letters), kept like appeal attachments.</summary>
public static class IncidentDocumentFiles
{
    public static IEndpointRouteBuilder MapIncidentDocumentFiles(this IEndpointRouteBuilder app)
    {
        app.MapGet("/incident-documents/{id:guid}", async (Guid id, IDbContextFactory<AppDbContext> dbFactory, AttachmentFolder folder, CancellationToken ct) =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var document = await db.Set<IncidentDocumentRecord>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
            return document is null ? Results.NotFound() : folder.Download(document.Sha256, document.ContentType, document.FileName);
        }).RequireAuthorization(Policies.Incidents).ExcludeFromDescription();
        return app;
    }
}
