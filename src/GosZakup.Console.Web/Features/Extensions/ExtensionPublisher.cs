using GosZakup.Console.Domain.Announcements;
using GosZakup.Console.Domain.Extensions;
using GosZakup.Console.Infrastructure.Announcements;
using GosZakup.Console.Infrastructure.Extensions;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Mail;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.Procurements;
using GosZakup.Console.Web.Features.Announcements;
using GosZakup.Console.Web.Features.Incidents;
using GosZakup.Console.Web.Features.MailTemplates;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Extensions;

/// <summary>Tells everyone the new deadlines once they are applied (R2 §15.8, §16.8, §24): an update of the main-page
/// announcement with the new deadlines, and a notice to every potential supplier with an e-mail of the procurements
/// moved, in one transaction with marking the orders Published — so a rerun publishes nothing twice.</summary>
public sealed class ExtensionPublisher(IDbContextFactory<AppDbContext> dbFactory, MailOutbox outbox, AnnouncementNotifier announcements,
    IncidentNotifier incidents, TimeProvider clock)
{
    /// <summary>Publishes the applied orders of the sources, which all come from one incident or one works window.</summary>
    /// <returns>The number of orders published.</returns>
    public async Task<int> PublishAsync(IReadOnlyList<ExtensionSource> sources, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var kinds = sources.Select(s => s.Kind).Distinct().ToList();
        var id = sources[0].Id;
        var orders = (await db.Set<ExtensionOrderRecord>()
                .Where(o => o.State == ExtensionOrderState.Applied && o.SourceId == id && kinds.Contains(o.SourceKind))
                .ToListAsync(ct))
            .OrderBy(o => o.ProcurementNumber, StringComparer.Ordinal).ThenBy(o => o.LotNumber, StringComparer.Ordinal).ThenBy(o => o.Kind)
            .ToList();
        if (orders.Count == 0) return 0;
        var now = clock.GetUtcNow().UtcDateTime;
        var incident =
            sources[0].Kind == ExtensionSourceKind.PlannedWorks ? null : await db.Set<IncidentRecord>().SingleOrDefaultAsync(i => i.Number == id, ct);
        var source = incident?.Number ?? id;

        await AnnounceAsync(db, orders, incident, source, now, ct);
        await NotifySuppliersAsync(db, orders, incident?.Id, source, ct);
        foreach (var order in orders)
            (order.State, order.PublishedAtUtc, order.Version) = (ExtensionOrderState.Published, now, Guid.NewGuid());
        if (incident is not null)
            db.Add(Timeline.ExtensionsPublished(orders.Count).By(incident.Id, now, ExtensionJob.SystemName));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        announcements.Changed();
        if (incident is not null) incidents.Changed(incident.Id);
        return orders.Count;
    }

    private static async Task AnnounceAsync(AppDbContext db, IReadOnlyList<ExtensionOrderRecord> orders, IncidentRecord? incident, string source, DateTime now,
        CancellationToken ct)
    {
        var announcement = incident is null ? null
            : await db.Set<AnnouncementRecord>().Where(a => a.IncidentId == incident.Id && a.Kind == AnnouncementKind.Failure).OrderBy(a => a.CreatedAtUtc)
                .FirstOrDefaultAsync(ct);
        if (announcement is null)
        {
            announcement = new AnnouncementRecord
            {
                Kind = incident is null ? AnnouncementKind.PlannedWorks : AnnouncementKind.Failure, IncidentId = incident?.Id, CreatedAtUtc = now
            };
            db.Add(announcement);
        }
        announcement.FirstPublishedAtUtc ??= now;
        (announcement.LastPublishedAtUtc, announcement.Version) = (now, Guid.NewGuid());
        db.Add(new AnnouncementUpdateRecord
        {
            AnnouncementId = announcement.Id, State = UpdateState.Published, CreatedAtUtc = now, CreatedByName = ExtensionJob.SystemName,
            PublishedAtUtc = now, PublishedByName = ExtensionJob.SystemName,
            TitleKk = ExtensionWording.Title(source, ExtensionWording.Kazakh), TitleRu = ExtensionWording.Title(source, ExtensionWording.Russian),
            BodyKk = ExtensionWording.Body(orders, incident is null, source, ExtensionWording.Kazakh),
            BodyRu = ExtensionWording.Body(orders, incident is null, source, ExtensionWording.Russian),
        });
    }

    /// <summary>One notice per e-mail address, listing the new deadlines of that supplier's procurements only.</summary>
    private async Task NotifySuppliersAsync(AppDbContext db, IReadOnlyList<ExtensionOrderRecord> orders, Guid? incidentId, string source, CancellationToken ct)
    {
        var id = orders[0].SourceId;
        var moved = db.Set<ExtensionOrderRecord>().Where(o => o.SourceId == id && o.State == ExtensionOrderState.Applied).Select(o => o.ProcurementId);
        var suppliers = await db.Set<PotentialSupplierRecord>().AsNoTracking()
            .Where(s => s.Email != null && moved.Contains(s.ProcurementId))
            .Select(s => new { s.Email, s.ProcurementId }).ToListAsync(ct);
        var byProcurement = orders.ToLookup(o => o.ProcurementId);
        var (kk, ru) = await TemplatedMail.WordingAsync(db, MailTemplateCatalogue.ExtensionNotice, ct);
        foreach (var recipient in suppliers.GroupBy(s => s.Email!.Trim(), StringComparer.OrdinalIgnoreCase).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var theirs = recipient.Select(s => s.ProcurementId).Distinct().SelectMany(p => byProcurement[p]).ToList();
            Dictionary<string, string> Values(System.Globalization.CultureInfo language) =>
                new() { ["source"] = ExtensionWording.Reason(incidentId is null, source, language), ["deadlines"] = ExtensionWording.Lines(theirs, language) };
            var (subject, body) = TemplatedMail.Render(kk, ru, Values(ExtensionWording.Kazakh), Values(ExtensionWording.Russian));
            outbox.Enqueue(db, new OutgoingMail(MailTemplateCatalogue.ExtensionNotice.Kind, incidentId is null ? "Works" : "Incident",
                incidentId?.ToString() ?? source, recipient.Key, subject, body));
        }
    }
}
