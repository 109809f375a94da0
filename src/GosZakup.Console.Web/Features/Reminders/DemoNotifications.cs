using GosZakup.Console.Infrastructure.Notifications;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Reminders;

/// <summary>Development only: the bell is not empty on a newcomer's first sign-in. The reminders the demo clocks
/// have earned go out for real; then an operator and a supervisor who still have none get a note of the next
/// duties due (theirs, else anyone's). Run again, it adds nothing.</summary>
public sealed class DemoNotifications(IDbContextFactory<AppDbContext> dbFactory, ReminderJob reminders, TimeProvider clock, ILogger<DemoNotifications> log)
{
    public const string UpcomingKey = "Notification.Upcoming";

    private static readonly string[] DemoUsers = ["operator@demo.kz", "supervisor@demo.kz"];

    public async Task SeedAsync(CancellationToken ct)
    {
        await reminders.RunAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var open = await db.Obligations.AsNoTracking().Where(o => o.MetAtUtc == null && !o.Waived && o.DueAtUtc != null).ToListAsync(ct);
        if (open.Count == 0) return;
        var staff = await StaffDirectory.LoadAsync(db, ct);
        var subjects = await DutySubjects.LoadAsync(db, open, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var email in DemoUsers)
        {
            var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Email == email, ct);
            if (user is null || await db.Set<NotificationRecord>().AnyAsync(n => n.UserId == user.Id, ct)) continue;
            var roles = staff.Find(user.Id)?.Roles ?? new HashSet<string>();
            var mine = open.Where(o => staff.Owns(user.Id, o, SubjectOf(subjects, o))).ToList();
            foreach (var duty in (mine.Count > 0 ? mine : open).OrderBy(o => o.TargetAtUtc ?? o.DueAtUtc).Take(2))
            {
                var subject = SubjectOf(subjects, duty);
                db.Add(NotificationText.Compose(user.Id, now, UpcomingKey, subject.LinkFor(roles),
                    NotificationText.Resource(DutyNames.Key(duty.Code)), duty.Clause, subject.Label,
                    DutySubjects.AstanaText((duty.TargetAtUtc ?? duty.DueAtUtc)!.Value)));
            }
        }
        var added = await db.SaveChangesAsync(ct);
        if (added > 0) log.LogInformation("Demo notifications seeded");
    }

    private static DutySubject SubjectOf(IReadOnlyDictionary<(string Type, string Id), DutySubject> subjects, ObligationRecord o) =>
        subjects[(o.SubjectType, o.SubjectId)];
}
