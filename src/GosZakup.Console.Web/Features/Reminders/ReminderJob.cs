using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Infrastructure.Calendar;
using GosZakup.Console.Infrastructure.Mail;
using GosZakup.Console.Infrastructure.Notifications;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Features.MailTemplates;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Reminders;

/// <summary>Every minute: polls the stored warning instants of open obligations (no timer per incident) and
/// sends what each is owed: a reminder at 50 % and 80 % of its time, and a breach alert past its limit, to the
/// duty's owners (breaches to every Supervisor too), as a notification in the console and an e-mail. Each
/// reminder is saved with a <see cref="ReminderRecord"/> whose key (obligation, stage) the database keeps
/// unique, in the same transaction as its notifications and mail: however often, or however concurrently,
/// the job runs, and across restarts, a reminder goes out once.</summary>
[AutomaticRetry(Attempts = 0)] // the next minute's run is the retry
[DisableConcurrentExecution(timeoutInSeconds: 120)]
public sealed class ReminderJob(
    IDbContextFactory<AppDbContext> dbFactory, CalendarStore calendars, MailOutbox outbox, NotificationCenter center, TimeProvider clock, ILogger<ReminderJob> log)
{
    public const string RecurringId = "obligation-reminders";

    public static void Schedule(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<ReminderJob>(RecurringId, job => job.RunAsync(CancellationToken.None), Cron.Minutely());

    /// <returns>How many reminders this run sent.</returns>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var calendar = await calendars.CurrentAsync(CalendarName.ContactCentre, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var candidates = await db.Obligations.AsNoTracking()
            .Where(o => o.MetAtUtc == null && !o.Waived && o.Warn50AtUtc != null && o.Warn50AtUtc <= now)
            .Where(o => !db.Set<ReminderRecord>().Any(r => r.ObligationId == o.Id && r.Stage == ReminderStage.Breach))
            .ToListAsync(ct);
        if (candidates.Count == 0) return 0;

        var ids = candidates.Select(o => o.Id).ToList();
        var sent = (await db.Set<ReminderRecord>().AsNoTracking().Where(r => ids.Contains(r.ObligationId)).ToListAsync(ct))
            .ToLookup(r => r.ObligationId, r => r.Stage);
        var owed = candidates
            .Select(o => (Obligation: o, Stage: ReminderSchedule.Owed(o, [.. sent[o.Id]], now, calendar)))
            .Where(x => x.Stage is not null)
            .Select(x => new OwedReminder(x.Obligation, x.Stage!.Value))
            .ToList();
        if (owed.Count == 0) return 0;

        var staff = await StaffDirectory.LoadAsync(db, ct);
        var subjects = await DutySubjects.LoadAsync(db, owed.Select(r => r.Obligation), ct);
        var count = 0;
        foreach (var reminder in owed)
            if (await SendAsync(reminder, subjects[(reminder.Obligation.SubjectType, reminder.Obligation.SubjectId)], staff, now, ct))
                count++;
        if (count > 0) log.LogInformation("Reminders: {Sent} sent", count);
        return count;
    }

    private async Task<bool> SendAsync(OwedReminder reminder, DutySubject subject, StaffDirectory staff, DateTime now, CancellationToken ct)
    {
        var (obligation, stage) = (reminder.Obligation, reminder.Stage);
        var recipients = stage == ReminderStage.Breach ? staff.BreachRecipientsOf(obligation, subject) : staff.OwnersOf(obligation, subject);
        if (recipients.Count == 0)
            log.LogWarning("Reminders: nobody active owns {Code} of {Type} {Id}", obligation.Code, obligation.SubjectType, obligation.SubjectId);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.Add(new ReminderRecord { ObligationId = obligation.Id, Stage = stage, SentAtUtc = now });
        var wording = ReminderWording.Of(obligation, stage, subject);
        foreach (var person in recipients)
        {
            db.Add(NotificationText.Compose(person.Id, now, wording.MessageKey, subject.LinkFor(person.Roles), [.. wording.Arguments]));
            if (!string.IsNullOrWhiteSpace(person.Email))
                await TemplatedMail.EnqueueAsync(db, outbox, wording.Mail, obligation.SubjectType, SubjectGuid(obligation), person.Email, wording.MailValues, ct);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another run saved this reminder first: the unique key refused ours, with its notifications and mail.
            if (await AlreadySentAsync(obligation.Id, stage, ct)) return false;
            throw;
        }
        center.Notify(recipients.Select(p => p.Id));
        return true;
    }

    private async Task<bool> AlreadySentAsync(Guid obligationId, ReminderStage stage, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<ReminderRecord>().AnyAsync(r => r.ObligationId == obligationId && r.Stage == stage, ct);
    }

    private static Guid SubjectGuid(ObligationRecord obligation) => Guid.TryParse(obligation.SubjectId, out var id) ? id : Guid.Empty;

    private sealed record OwedReminder(ObligationRecord Obligation, ReminderStage Stage);
}
