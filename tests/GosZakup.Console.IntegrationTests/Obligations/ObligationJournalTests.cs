using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Infrastructure.Calendar;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.IntegrationTests.Intake;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace GosZakup.Console.IntegrationTests.Obligations;

/// <summary>Planning, meeting and waiving a subject's duties through the one journal, on a real SQLite file with the clock
/// pinned to Friday 20 November 2026, 12:10 Astana time.</summary>
public class ObligationJournalTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly DateTime Now = new(2026, 11, 20, 7, 10, 0, DateTimeKind.Utc);

    private static async Task<(IntakeServices App, Guid Incident)> IncidentWithDutiesAsync()
    {
        var app = await IntakeServices.StartAsync();
        var incident = Guid.CreateVersion7();
        var confirmed = new ObligationEvent(ObligationTrigger.Confirmed, Instant.FromDateTimeUtc(Now), Severity.Medium);
        var calendar = await app.Get<CalendarStore>().AllAsync(Ct);
        await using var db = app.NewDb();
        ObligationJournal.Plan(db, ObligationSubject.Incident(incident), confirmed, ObligationPlanner.Plan(confirmed, calendar, ObligationSettings.Default));
        await db.SaveChangesAsync(Ct);
        return (app, incident);
    }

    [Fact]
    public async Task Duties_are_stored_under_the_subject_type_the_column_always_held()
    {
        var (app, incident) = await IncidentWithDutiesAsync();
        await using var _ = app;
        await using var db = app.NewDb();

        var stored = await db.Obligations.Where(o => o.SubjectId == incident.ToString()).ToListAsync(Ct);

        Assert.NotEmpty(stored);
        Assert.All(stored,
            o => Assert.Equal(("Incident", ObligationTrigger.Confirmed, (Severity?)Severity.Medium), (o.SubjectType, o.Trigger, o.TriggerSeverity)));
        Assert.Equal(stored.Count, await db.Obligations.Of(ObligationSubject.Incident(incident)).Open().CountAsync(Ct));
        Assert.Empty(await db.Obligations.Of(ObligationSubject.Appeal(incident)).ToListAsync(Ct));
    }

    [Fact]
    public async Task Meeting_a_code_meets_only_its_open_duty_and_gives_it_a_new_version()
    {
        var (app, incident) = await IncidentWithDutiesAsync();
        await using var _ = app;
        var code = ObligationCatalogue.Announce.Code;
        Guid before;
        await using (var db = app.NewDb())
            before = (await db.Obligations.Of(ObligationSubject.Incident(incident)).SingleAsync(o => o.Code == code, Ct)).Version;

        await using (var db = app.NewDb())
        {
            await ObligationJournal.MeetAsync(db, ObligationSubject.Incident(incident), code, Now.AddMinutes(12), "operator@demo.kz", new string('я', 600), Ct);
            await db.SaveChangesAsync(Ct);
        }

        await using var after = app.NewDb();
        var duties = await after.Obligations.Of(ObligationSubject.Incident(incident)).ToListAsync(Ct);
        var met = duties.Single(o => o.Code == code);
        Assert.Equal((Now.AddMinutes(12), "operator@demo.kz", 500), (met.MetAtUtc!.Value, met.MetByName, met.MetNote!.Length));
        Assert.NotEqual(before, met.Version);
        Assert.All(duties.Where(o => o.Code != code), o => Assert.True(o.IsOpen));
    }

    [Fact]
    public async Task A_met_duty_is_neither_met_again_nor_waived()
    {
        var (app, incident) = await IncidentWithDutiesAsync();
        await using var _ = app;
        var code = ObligationCatalogue.Announce.Code;
        await using (var db = app.NewDb())
        {
            await ObligationJournal.MeetAsync(db, ObligationSubject.Incident(incident), code, Now, "first@demo.kz", "posted", Ct);
            await db.SaveChangesAsync(Ct);
        }

        await using (var db = app.NewDb())
        {
            await ObligationJournal.MeetAsync(db, ObligationSubject.Incident(incident), code, Now.AddHours(1), "second@demo.kz", "again", Ct);
            await ObligationJournal.WaiveAsync(db, ObligationSubject.Incident(incident), duty => true, "  level lowered  ", "supervisor@demo.kz", Ct);
            await db.SaveChangesAsync(Ct);
        }

        await using var after = app.NewDb();
        var duties = await after.Obligations.Of(ObligationSubject.Incident(incident)).ToListAsync(Ct);
        var met = duties.Single(o => o.Code == code);
        Assert.Equal((Now, "first@demo.kz", false), (met.MetAtUtc!.Value, met.MetByName, met.Waived));
        Assert.All(duties.Where(o => o.Code != code), o => Assert.Equal((true, "level lowered", "supervisor@demo.kz"), (o.Waived, o.WaivedReason, o.WaivedBy)));
    }

    [Fact]
    public void An_appeal_is_taken_by_one_operator_and_not_once_registered()
    {
        var appeal = new AppealRecord();

        Assert.True(appeal.TakeBy("op-1", "operator@demo.kz", Now));
        Assert.False(appeal.TakeBy("op-2", "other@demo.kz", Now.AddMinutes(1)));
        Assert.True(appeal.TakeBy("op-1", "operator@demo.kz", Now.AddMinutes(2)));
        Assert.Equal(("op-1", Now.AddMinutes(2)), (appeal.TakenById, appeal.TakenAtUtc!.Value));

        appeal.RegisteredAtUtc = Now.AddMinutes(3);
        Assert.False(appeal.TakeBy("op-1", "operator@demo.kz", Now.AddMinutes(4)));
    }
}
