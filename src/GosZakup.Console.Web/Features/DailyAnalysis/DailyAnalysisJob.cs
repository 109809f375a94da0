using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Infrastructure.Calendar;
using GosZakup.Console.Infrastructure.Mail;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Hosting;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.DailyAnalysis;

/// <summary>What one run did: the day it reported (none on a day off) and how many mails it queued.</summary>
public sealed record DailyAnalysisRun(DateOnly? Day, int Queued);

/// <summary>Every working day at 09:00 Astana time: the previous working day's analysis (R2 §26) to every active Manager
/// and Supervisor, through the outbox. A rerun queues nothing for a recipient who already has that day's mail.</summary>
public sealed class DailyAnalysisJob(IDbContextFactory<AppDbContext> dbFactory, CalendarStore calendars, DailyAnalysisQuery query,
    MailOutbox outbox, DailyAnalysisOptions options, TimeProvider clock, ILogger<DailyAnalysisJob> log)
{
    public const string RecurringId = "daily-analysis";
    public const string MailKind = "daily-analysis";
    public const string SubjectType = "DailyAnalysis";

    public static void Schedule(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<DailyAnalysisJob>(RecurringId, job => job.RunAsync(CancellationToken.None), "0 9 * * *",
            new RecurringJobOptions { TimeZone = AstanaJobZone.Instance });

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 3)]
    public async Task<DailyAnalysisRun> RunAsync(CancellationToken ct)
    {
        var calendar = await calendars.CurrentAsync(CalendarName.ContactCentre, ct);
        var today = AstanaTime.FromInstant(clock.GetUtcNow()).Date;
        if (DailyAnalysisDays.ReportedOn(calendar, today) is not { } reported)
        {
            log.LogInformation("Daily analysis: {Today} is not a working day, nothing to send", today);
            return new DailyAnalysisRun(null, 0);
        }

        var day = reported.ToDateOnly();
        var analysis = await query.BuildAsync(day, ct);
        var (subject, body) = DailyAnalysisMail.Compose(analysis, options.PageUrl(day), options.PdfUrl(day));
        var subjectId = DailyAnalysisLinks.Text(day);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var already = (await db.Set<OutboxMessage>().Where(m => m.Kind == MailKind && m.SubjectId == subjectId).Select(m => m.To).ToListAsync(ct))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var queued = 0;
        foreach (var to in await RecipientsAsync(db, ct))
        {
            if (already.Contains(to)) continue;
            outbox.Enqueue(db, new OutgoingMail(MailKind, SubjectType, subjectId, to, subject, body));
            queued++;
        }
        await db.SaveChangesAsync(ct);
        log.LogInformation("Daily analysis of {Day}: {Queued} mails queued", subjectId, queued);
        return new DailyAnalysisRun(day, queued);
    }

    /// <summary>The addresses of users with the Manager or Supervisor role whose account is not disabled.</summary>
    public static async Task<List<string>> RecipientsAsync(AppDbContext db, CancellationToken ct)
    {
        var roleIds = db.Roles.Where(r => r.Name == StaffRole.Manager || r.Name == StaffRole.Supervisor).Select(r => r.Id);
        var emails = await db.Users
            .Where(u => !u.IsDisabled && u.Email != null && u.Email != "" && db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)))
            .OrderBy(u => u.Email).Select(u => u.Email!).ToListAsync(ct);
        return [.. emails.Distinct(StringComparer.OrdinalIgnoreCase)];
    }
}
