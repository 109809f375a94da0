using System.Security.Claims;
using System.Text.Json;
using GosZakup.Console.Domain.Announcements;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Infrastructure.Announcements;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Features.MailTemplates;
using GosZakup.Console.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Announcements;

/// <summary>Development only, and only while no announcement exists: the planned works of
/// <c>assets/demo/announcements.json</c> with their two published updates, and, when the incidents' demo data
/// has a medium or high incident, its failure announcement (published) with a draft update waiting.</summary>
public static class DemoAnnouncements
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var dbFactory = services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Set<AnnouncementRecord>().AnyAsync(ct)) return;

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var file = DemoData.PathOf(services.GetRequiredService<IHostEnvironment>(), "announcements.json");
        var demo = JsonSerializer.Deserialize<DemoFile>(await File.ReadAllTextAsync(file, ct), Json)!;
        db.Add(demo.PlannedWorks.ToRecord(now));
        await db.SaveChangesAsync(ct);

        var incident = await db.Set<IncidentRecord>().AsNoTracking()
            .Where(i => i.Severity == Severity.Medium || i.Severity == Severity.High)
            .OrderByDescending(i => i.RegisteredAtUtc).FirstOrDefaultAsync(ct);
        if (incident is not null) await AnnounceAsync(services.GetRequiredService<AnnouncementService>(), incident.Id, ct);
        services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoAnnouncements))
            .LogInformation("Demo announcements seeded (failure announcement: {Incident})", incident?.Number ?? "none");
    }

    /// <summary>Published as an operator would, so the incident's "announce" obligation is met; then a draft waits.</summary>
    private static async Task AnnounceAsync(AnnouncementService announcements, Guid incidentId, CancellationToken ct)
    {
        var desk = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "demo"), new Claim(ClaimTypes.Name, "operator@demo.kz"),
            new Claim(ClaimTypes.Role, StaffRole.Operator)], "demo"));
        var first = await announcements.DraftFromIncidentAsync(incidentId, desk, ct);
        if (!first.Succeeded) return;
        await announcements.PublishAsync(first.Value!.UpdateId, desk, ct: ct);
        await announcements.DraftFromIncidentAsync(incidentId, desk, ct);
    }

    private sealed record DemoFile(DemoAnnouncement PlannedWorks);

    /// <summary>Works starting <c>StartsInHours</c> from now; texts may name {start}, {end} and {newEnd} (Astana time).</summary>
    private sealed record DemoAnnouncement(int StartsInHours, int LastsHours, int ShortenedByHours, List<DemoUpdate> Updates)
    {
        public AnnouncementRecord ToRecord(DateTime now)
        {
            var start = new DateTime(now.Ticks - now.Ticks % TimeSpan.TicksPerHour, DateTimeKind.Utc).AddHours(StartsInHours);
            var values = new Dictionary<string, string>
            {
                ["start"] = AnnouncementWording.Astana(start),
                ["end"] = AnnouncementWording.Astana(start.AddHours(LastsHours)),
                ["newEnd"] = AnnouncementWording.Astana(start.AddHours(LastsHours - ShortenedByHours)),
            };
            var announcement = new AnnouncementRecord { Kind = AnnouncementKind.PlannedWorks, CreatedAtUtc = now.AddHours(-Updates.Max(u => u.HoursAgo)) };
            foreach (var update in Updates)
            {
                var at = now.AddHours(-update.HoursAgo);
                announcement.Updates.Add(new AnnouncementUpdateRecord
                {
                    AnnouncementId = announcement.Id, State = UpdateState.Published, CreatedAtUtc = at.AddMinutes(-10), CreatedByName = update.By,
                    PublishedAtUtc = at, PublishedByName = update.By,
                    TitleKk = update.TitleKk, TitleRu = update.TitleRu,
                    BodyKk = MailTemplateText.Fill(update.BodyKk, values), BodyRu = MailTemplateText.Fill(update.BodyRu, values),
                });
            }
            announcement.FirstPublishedAtUtc = announcement.Updates.Min(u => u.PublishedAtUtc);
            announcement.LastPublishedAtUtc = announcement.Updates.Max(u => u.PublishedAtUtc);
            return announcement;
        }
    }

    private sealed record DemoUpdate(int HoursAgo, string By, string TitleKk, string TitleRu, string BodyKk, string BodyRu);
}
