using System.Security.Claims;
using GosZakup.Console.Domain.Acts;
using GosZakup.Console.Domain.Announcements;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Infrastructure.Announcements;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Announcements;
using GosZakup.Console.Web.Features.Incidents;
using GosZakup.Console.Web.Features.SecurityReturns;
using GosZakup.Console.Web.Resources;
using GosZakup.Console.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace GosZakup.Console.Web.Features.Acts.Publication;

/// <summary>R2 §17: publishes a signed Act on the main page (the announcements of §15-§16) with the link to the signed
/// PDF, which fulfils the publication duty; in the same transaction the return of the suppliers' security starts
/// (R2 §18).</summary>
public sealed class ActPublishing(IDbContextFactory<AppDbContext> dbFactory, ActPdf pdf, SecurityReturnTracking securityReturns,
    AnnouncementNotifier announcements, IncidentNotifier incidents, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<CommandResult<string>> PublishAsync(Guid actId, Guid version, ClaimsPrincipal user, string baseUrl, CancellationToken ct = default)
    {
        var roles = user.StaffRoles();
        if (ActChange.RefuseRole(ActAction.Publish, roles) is { } notHis) return notHis;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (act, refusal) = await ActChange.LoadAsync(db, actId, version, ct);
        if (act is null) return refusal!;
        if (ActChange.RefuseMove(act, ActAction.Publish, roles) is { } notNow) return notNow;
        if (act.PublishedAtUtc is not null) return CommandResult<string>.Refused(RefusalCode.AlreadyDone, "Acts.Error.AlreadyPublished");

        var now = clock.GetUtcNow().UtcDateTime;
        var link = pdf.VerificationUrl(act.Number, baseUrl);
        var announcement = new AnnouncementRecord
        {
            Kind = AnnouncementKind.Act, IncidentId = act.IncidentId, CreatedAtUtc = now, FirstPublishedAtUtc = now, LastPublishedAtUtc = now,
        };
        db.Add(announcement);
        db.Add(new AnnouncementUpdateRecord
        {
            AnnouncementId = announcement.Id, State = UpdateState.Published, CreatedAtUtc = now, CreatedByName = Name(user), PublishedAtUtc = now,
            PublishedByName = Name(user), TitleKk = ActAnnouncementWording.Title(act, t => t.Kazakh),
            TitleRu = ActAnnouncementWording.Title(act, t => t.Russian),
            BodyKk = ActAnnouncementWording.Body(act, link, t => t.Kazakh), BodyRu = ActAnnouncementWording.Body(act, link, t => t.Russian),
        });
        act.Publish(now);
        await securityReturns.StartAsync(db, act, now, ct);
        await IncidentCommands.MeetAsync(db, act.IncidentId, ObligationCatalogue.ActPublish.Code, Instant.FromDateTimeUtc(now), Name(user),
            l["Acts.Met.Published", act.Number], ct);
        db.Add(Timeline.ActStep("ActPublished", act.Number).For(act.IncidentId, now, user));
        var saved = await ActChange.SaveAsync(db, act, ct);
        if (!saved.Succeeded) return saved;
        announcements.Changed();
        incidents.Changed(act.IncidentId);
        return saved;
    }

    private static string Name(ClaimsPrincipal user) => user.Identity?.Name ?? "?";
}
