using GosZakup.Console.Domain.Oversight;
using GosZakup.Console.Infrastructure.Documents;
using GosZakup.Console.Infrastructure.Identity;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.WorkingGroup;
using GosZakup.Console.Web.Api;
using GosZakup.Console.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Complaints;

/// <summary>Downloads: the complaint letter as received, and the operator's answer letter (kk and ru) once answered.</summary>
public static class ComplaintFiles
{
    public static string LetterLink(Guid id) => $"/working-group/complaints/{id}/letter";

    public static string AnswerLink(Guid id) => $"/working-group/complaints/{id}/answer.pdf";

    public static IEndpointRouteBuilder MapComplaintFiles(this IEndpointRouteBuilder app)
    {
        app.MapKeptFile("/working-group/complaints/{id:guid}/letter", (db, id) =>
            db.Set<WorkingGroupComplaintRecord>().Where(c => c.Id == id).Select(c => new KeptFile(c.Sha256, c.ContentType, c.FileName)))
            .RequireAuthorization(Policies.Incidents);

        app.MapGet("/working-group/complaints/{id:guid}/answer.pdf",
            async (Guid id, IDbContextFactory<AppDbContext> dbFactory, SingleOperator @operator, CancellationToken ct) =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var complaint = await db.Set<WorkingGroupComplaintRecord>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
            if (complaint is null || DocumentOf(complaint, @operator) is not { } answer) return Results.NotFound();
            // The answer signs with the Supervisor's full name in both languages, never a login.
            answer = answer with { AnsweredByName = (await StaffNameBook.ReadAsync(db, ct)).Of(null, complaint.AnsweredByName).Bilingual.Both };
            return FileDownloads.Pdf(ComplaintAnswerPdf.Render(answer),
                $"complaint-answer-{complaint.AnsweredAtUtc:yyyyMMdd}-{complaint.Id.ToString()[..8]}.pdf");
        }).RequireAuthorization(Policies.Incidents).ExcludeFromDescription();
        return app;
    }

    /// <summary>Null until the complaint is answered.</summary>
    public static ComplaintAnswerDocument? DocumentOf(WorkingGroupComplaintRecord c, SingleOperator @operator) =>
        c is { State: ComplaintState.Answered, Priority: { } priority, Confirmed: { } confirmed, AnsweredAtUtc: { } answeredAt }
            ? new ComplaintAnswerDocument(@operator.NameKk, @operator.NameRu, c.FromName, c.FromPosition, c.LetterNumber, c.LetterDate, c.ReceivedAtUtc,
                c.Subject, c.IncidentNumber, priority, c.Causes ?? "", confirmed, c.FixStartAtUtc, c.FixByUtc, answeredAt, c.AnsweredByName ?? "")
            : null;
}
