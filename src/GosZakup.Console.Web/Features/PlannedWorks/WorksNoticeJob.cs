using GosZakup.Console.Infrastructure.Calendar;
using GosZakup.Console.Infrastructure.Extensions;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Features.Announcements;
using GosZakup.Console.Web.Hosting;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace GosZakup.Console.Web.Features.PlannedWorks;

/// <summary>R2 §24: users are told 2 calendar days before the works. Every quarter of an hour the job publishes the notice
/// of each window of an approved plan that is due and not yet started, and marks it noticed in the same transaction, so a
/// rerun (or a second instance, stopped by the window's concurrency token) publishes nothing twice.</summary>
public sealed class WorksNoticeJob(IDbContextFactory<AppDbContext> dbFactory, CalendarStore calendars, AnnouncementNotifier announcements,
    TimeProvider clock, ILogger<WorksNoticeJob> log)
{
    public const string Id = "works-notices";

    public static void Schedule(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<WorksNoticeJob>(Id, job => job.RunAsync(CancellationToken.None), "*/15 * * * *",
            new RecurringJobOptions { TimeZone = AstanaJobZone.Instance });

    /// <returns>The number of notices published.</returns>
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var calendar = await calendars.AllAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var waiting = await (
            from w in db.Set<WorksWindowRecord>()
            join p in db.Set<WorksPlanRecord>() on w.PlanId equals p.Id
            where p.ApprovedAtUtc != null && w.NoticeQueuedAtUtc == null && w.StartUtc > now
            select w).ToListAsync(ct);
        var due = waiting.Where(w => NoticeDueUtc(w, calendar) <= now).OrderBy(w => w.StartUtc).ToList();
        if (due.Count == 0) return 0;
        foreach (var window in due)
        {
            (window.NoticeQueuedAtUtc, window.Version) = (now, Guid.NewGuid());
            db.Add(WorksWording.NoticeAnnouncement(window, now));
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            log.LogInformation("Works notices: a window changed meanwhile; the next run publishes what is still due");
            return 0;
        }
        announcements.Changed();
        log.LogInformation("Works notices published: {Codes}", string.Join(", ", due.Select(w => w.Code)));
        return due.Count;
    }

    public static DateTime NoticeDueUtc(WorksWindowRecord window, Domain.Calendar.WorkingCalendars calendar) =>
        new Domain.Extensions.WorksWindow(window.Code, Instant.FromDateTimeUtc(window.StartUtc), Instant.FromDateTimeUtc(window.EndUtc))
            .NoticeDue(calendar).ToDateTimeUtc();
}
