using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Web.Api;
using GosZakup.Console.Web.Security;

namespace GosZakup.Console.Web.Features.Incidents;

/// <summary>Downloads of an appeal's attachments and of the documents filed on an incident (evidence, referral
/// letters), both kept in the attachments folder.</summary>
public static class IncidentFiles
{
    public static IEndpointRouteBuilder MapIncidentFiles(this IEndpointRouteBuilder app)
    {
        app.MapKeptFile("/attachments/{id:guid}", (db, id) =>
            db.Set<AttachmentRecord>().Where(a => a.Id == id).Select(a => new KeptFile(a.Sha256, a.ContentType, a.FileName)))
            .RequireAuthorization(Policies.Incidents);
        app.MapKeptFile("/incident-documents/{id:guid}", (db, id) =>
            db.Set<IncidentDocumentRecord>().Where(d => d.Id == id).Select(d => new KeptFile(d.Sha256, d.ContentType, d.FileName)))
            .RequireAuthorization(Policies.Incidents);
        return app;
    }
}
