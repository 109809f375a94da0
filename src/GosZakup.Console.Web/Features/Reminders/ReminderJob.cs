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
/// the job runs, and across restarts, a reminder goes out once.
/// A flood is bounded (issue 17): a run takes at most <see cref="ReminderLimits.MaxPerRun"/> owed reminders, most
/// urgent first, and leaves the rest to the next run; the reminders of one subject (an incident, or all the
/// appeals waiting in the Inbox) at one stage make one bell entry and one mail per person, and within
/// <see cref="ReminderLimits.Window"/> of that, further ones of the same subject and stage are recorded, not told again.</summary>
[AutomaticRetry(Attempts = 0)] // the next minute's run is the retry
[DisableConcurrentExecution(timeoutInSeconds: 120)]
public sealed class ReminderJob(
    IDbContextFactory<AppDbContext> dbFactory, CalendarStore calendars, MailOutbox outbox, NotificationCenter center, ReminderLimits limits,
    TimeProvider clock, ILogger<ReminderJob> log)
{
    public const string RecurringId = "obligation-reminders";

    public static void Schedule(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<ReminderJob>(RecurringId, job => job.RunAsync(CancellationToken.None), Cron.Minutely());

    /// <returns>How many reminders this run sent (told or recorded within the window).</returns>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var calendar = await calendars.CurrentAsync(CalendarName.ContactCentre, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var candidates = await Owed(db, now).OrderBy(o => o.DueAtUtc).ThenBy(o => o.Id).Take(limits.MaxPerRun).AsNoTracking().ToListAsync(ct);
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
        DutySubject SubjectOf(OwedReminder r) => subjects[(r.Obligation.SubjectType, r.Obligation.SubjectId)];
        var count = 0;
        foreach (var group in owed.GroupBy(r => (Key: DutySubjects.KeyOf(SubjectOf(r)), r.Stage)))
            count += await SendAsync(group.Key.Key, group.Key.Stage, [.. group], SubjectOf, staff, now, ct);
        if (count > 0) log.LogInformation("Reminders: {Sent} sent", count);
        return count;
    }

    /// <summary>Open obligations whose latest reached stage has not gone out: what <see cref="ReminderSchedule.Owed"/>
    /// would send, said in SQL so that a bounded page of them is the right page.</summary>
    private static IQueryable<ObligationRecord> Owed(AppDbContext db, DateTime now)
    {
        var reminders = db.Set<ReminderRecord>();
        return db.Obligations
            .Where(o => o.MetAtUtc == null && !o.Waived && o.Warn50AtUtc != null && o.Warn50AtUtc <= now)
            .Where(o => !reminders.Any(r => r.ObligationId == o.Id && r.Stage == ReminderStage.Breach))
            .Where(o => (o.DueAtUtc != null && o.DueAtUtc < now)
                || (o.Warn80AtUtc != null && o.Warn80AtUtc <= now && !reminders.Any(r => r.ObligationId == o.Id && r.Stage == ReminderStage.Warn80))
                || !reminders.Any(r => r.ObligationId == o.Id));
    }

    /// <summary>One subject's reminders at one stage, in one transaction: each recorded, and each person who owns any
    /// of them told once (unless told of this subject and stage within the window).</summary>
    private async Task<int> SendAsync(string subjectKey, ReminderStage stage, IReadOnlyList<OwedReminder> reminders, Func<OwedReminder, DutySubject> subjectOf,
        StaffDirectory staff, DateTime now, CancellationToken ct)
    {
        var byPerson = new Dictionary<string, (StaffMember Person, List<OwedReminder> Reminders)>(StringComparer.Ordinal);
        foreach (var reminder in reminders)
        {
            var subject = subjectOf(reminder);
            var recipients =
                stage == ReminderStage.Breach ? staff.BreachRecipientsOf(reminder.Obligation, subject) : staff.OwnersOf(reminder.Obligation, subject);
            if (recipients.Count == 0)
                log.LogWarning("Reminders: nobody active owns {Code} of {Type} {Id}", reminder.Obligation.Code, reminder.Obligation.SubjectType,
                    reminder.Obligation.SubjectId);
            foreach (var person in recipients)
            {
                if (!byPerson.TryGetValue(person.Id, out var entry)) byPerson[person.Id] = entry = (person, []);
                entry.Reminders.Add(reminder);
            }
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var since = now - limits.Window;
        var people = byPerson.Keys.ToList();
        var toldLately = (await db.Set<ReminderDigestRecord>().AsNoTracking()
            .Where(d => d.SubjectKey == subjectKey && d.Stage == stage && d.SentAtUtc > since && people.Contains(d.UserId))
            .Select(d => d.UserId).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        foreach (var reminder in reminders) db.Add(new ReminderRecord { ObligationId = reminder.Obligation.Id, Stage = stage, SentAtUtc = now });
        var told = new List<string>();
        foreach (var (person, owned) in byPerson.Values.Where(p => !toldLately.Contains(p.Person.Id)))
        {
            var subject = subjectOf(owned[0]);
            var wording = owned.Count == 1
                ? ReminderWording.Of(owned[0].Obligation, stage, subject)
                : ReminderWording.Digest([.. owned.Select(r => r.Obligation)], stage, subject, subjectKey);
            db.Add(NotificationText.Compose(person.Id, now, wording.MessageKey, subject.LinkFor(person.Roles), [.. wording.Arguments]));
            db.Add(new ReminderDigestRecord { UserId = person.Id, SubjectKey = subjectKey, Stage = stage, Count = owned.Count, SentAtUtc = now });
            if (!string.IsNullOrWhiteSpace(person.Email))
                await TemplatedMail.EnqueueAsync(db, outbox, wording.Mail, owned[0].Obligation.SubjectType, SubjectGuid(owned[0].Obligation), person.Email,
                    wording.MailValues, ct);
            told.Add(person.Id);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another run saved one of these reminders first: the unique key refused ours, with their notifications and
            // mail; what that run did not take, the next run sends.
            if (await AnySentAsync(reminders, stage, ct)) return 0;
            throw;
        }
        if (told.Count > 0) center.Notify(told);
        return reminders.Count;
    }

    private async Task<bool> AnySentAsync(IReadOnlyList<OwedReminder> reminders, ReminderStage stage, CancellationToken ct)
    {
        var ids = reminders.Select(r => r.Obligation.Id).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<ReminderRecord>().AnyAsync(r => ids.Contains(r.ObligationId) && r.Stage == stage, ct);
    }

    private static Guid SubjectGuid(ObligationRecord obligation) => Guid.TryParse(obligation.SubjectId, out var id) ? id : Guid.Empty;

    private sealed record OwedReminder(ObligationRecord Obligation, ReminderStage Stage);
}

/// <summary>How much one reminder run may do (<c>Reminders:MaxPerRun</c>, 500) and how long a person told of a
/// subject's reminders at one stage is not told of that subject and stage again (<c>Reminders:WindowMinutes</c>, 30).</summary>
public sealed record ReminderLimits(int MaxPerRun, TimeSpan Window)
{
    public static ReminderLimits Default { get; } = new(500, TimeSpan.FromMinutes(30));

    public static ReminderLimits From(IConfiguration config) => new(
        Math.Max(1, config.GetValue("Reminders:MaxPerRun", Default.MaxPerRun)),
        TimeSpan.FromMinutes(Math.Max(0, config.GetValue("Reminders:WindowMinutes", Default.Window.TotalMinutes))));
}
