using System.Globalization;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Infrastructure.Identity;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Mail;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.IntegrationTests.Intake;
using GosZakup.Console.Web.Features.DailyAnalysis;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.IntegrationTests.DailyAnalysis;

/// <summary>The daily analysis on the seeded six-day-week calendar with the clock at Monday 23 November 2026, 09:00 Astana:
/// the run reports Saturday 21 November, whose period runs to Monday's midnight and so takes in Sunday. The staff: a
/// Manager, a Supervisor, one person with both roles, a disabled Supervisor, an Operator and a Working Group member.
/// The incidents and duties around that weekend are below, each with why it is in the analysis or not.</summary>
public sealed class DailyAnalysisScenario : IAsyncDisposable
{
    public static readonly string[] Recipients = ["boss-1@test.kz", "manager-1@test.kz", "sup-1@test.kz"];

    private DailyAnalysisScenario(IntakeServices app) => App = app;

    public IntakeServices App { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<DailyAnalysisScenario> StartAsync()
    {
        var app = await IntakeServices.StartAsync(s => s
            .AddSingleton(new DailyAnalysisOptions { PublicBaseUrl = "https://console.test.kz" })
            .AddScoped<DailyAnalysisQuery>()
            .AddScoped<DailyAnalysisJob>());
        var scenario = new DailyAnalysisScenario(app);
        scenario.SetAstanaNow("2026-11-23 09:00");
        await using var db = app.NewDb();
        db.Roles.AddRange(StaffRole.All.Select(r => new IdentityRole(r) { Id = r, NormalizedName = r.ToUpperInvariant() }));
        Person(db, "manager-1", StaffRole.Manager);
        Person(db, "sup-1", StaffRole.Supervisor);
        Person(db, "boss-1", StaffRole.Manager, StaffRole.Supervisor);
        Person(db, "sup-2", StaffRole.Supervisor, disabled: true);
        Person(db, "op-1", StaffRole.Operator);
        Person(db, "wg-1", StaffRole.WorkingGroup);
        Seed(db);
        await db.SaveChangesAsync(Ct);
        return scenario;
    }

    public static DateTime Utc(string astana) =>
        AstanaTime.ToUtc(NodaTime.LocalDateTime.FromDateTime(DateTime.ParseExact(astana, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)));

    public void SetAstanaNow(string astana) => App.Clock.SetUtcNow(new DateTimeOffset(Utc(astana), TimeSpan.Zero));

    private static void Person(DbContext db, string id, params string[] roles) => Person(db, id, false, roles);

    private static void Person(DbContext db, string id, string role, bool disabled) => Person(db, id, disabled, role);

    private static void Person(DbContext db, string id, bool disabled, params string[] roles)
    {
        var email = $"{id}@test.kz";
        db.Add(new ApplicationUser
        {
            Id = id, UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email,
            NormalizedEmail = email.ToUpperInvariant(), IsDisabled = disabled
        });
        foreach (var role in roles) db.Add(new IdentityUserRole<string> { UserId = id, RoleId = role });
    }

    private static void Seed(DbContext db)
    {
        // Saturday: confirmed medium, operator-related, fixed and closed the same day.
        var closedSaturday = Incident(db, 101, "2026-11-21 10:00", i =>
        {
            (i.AssignedAtUtc, i.DecidedAtUtc, i.Severity, i.SeveritySetAtUtc) =
                (Utc("2026-11-21 10:10"), Utc("2026-11-21 10:40"), Severity.Medium, Utc("2026-11-21 10:40"));
            (i.CauseCode, i.IsOperatorRelated) = (FailureCauseCatalogue.OperatorInfosec.Code, true);
            (i.FixStartedAtUtc, i.FixedAtUtc, i.ClosedAtUtc) = (Utc("2026-11-21 11:00"), Utc("2026-11-21 14:00"), Utc("2026-11-21 15:00"));
            (i.FixMeasures, i.Status) = ("Перезапущен сервис ценовых предложений", IncidentStatus.Closed);
        });
        // Friday: confirmed high, being fixed all weekend; fixed on Monday morning, after the period (so "being fixed" in it).
        var openFromFriday = Incident(db, 102, "2026-11-20 16:00", i =>
        {
            (i.AssignedAtUtc, i.DecidedAtUtc, i.Severity, i.SeveritySetAtUtc) =
                (Utc("2026-11-20 16:05"), Utc("2026-11-20 17:00"), Severity.High, Utc("2026-11-20 17:00"));
            (i.CauseCode, i.IsOperatorRelated, i.FixStartedAtUtc) = (FailureCauseCatalogue.ThirdPartyDamage.Code, false, Utc("2026-11-20 18:00"));
            (i.FixedAtUtc, i.FixMeasures, i.Status) = (Utc("2026-11-23 08:00"), "Восстановлен канал связи", IncidentStatus.Fixed);
        });
        // Saturday: refuted.
        Incident(db, 103, "2026-11-21 12:00", i =>
        {
            (i.AssignedAtUtc, i.DecidedAtUtc, i.Status) = (Utc("2026-11-21 12:10"), Utc("2026-11-21 12:30"), IncidentStatus.Refuted);
            i.ReproductionResult = "Ошибка не воспроизводится";
        });
        // Sunday, a day off: in Saturday's period.
        Incident(db, 104, "2026-11-22 11:00", _ => { });
        // Not in the period: closed on Friday; refuted on Friday; registered on Monday.
        Incident(db, 98, "2026-11-19 10:00", i => (i.DecidedAtUtc, i.Severity, i.ClosedAtUtc, i.Status) =
            (Utc("2026-11-19 11:00"), Severity.Low, Utc("2026-11-20 17:00"), IncidentStatus.Closed));
        Incident(db, 99, "2026-11-20 10:00", i => (i.DecidedAtUtc, i.Status) = (Utc("2026-11-20 11:00"), IncidentStatus.Refuted));
        Incident(db, 105, "2026-11-23 08:30", _ => { });

        Duty(db, closedSaturday, "fix-notice", "R2 §15.8", due: "2026-11-21 16:00", met: "2026-11-21 16:30"); // met late
        Duty(db, openFromFriday, "owner-report", "R2 §16.9", due: "2026-11-21 17:00", met: null); // still open past its limit
        Duty(db, closedSaturday, "wg-alert", "R2 §15.1", due: "2026-11-21 11:00", met: "2026-11-21 10:50"); // on time
        Duty(db, openFromFriday, "announce", "R2 §16.3", due: "2026-11-20 18:00", met: null); // breached, but on Friday
        Duty(db, openFromFriday, "act", "R2 §17", due: "2026-11-24 19:00", met: null); // not yet due
        Duty(db, openFromFriday, "supplier-notice", "R2 §16.4", due: "2026-11-21 13:00", met: null, waived: true); // waived
    }

    private static IncidentRecord Incident(DbContext db, int sequence, string registeredAstana, Action<IncidentRecord> life)
    {
        var incident = new IncidentRecord
        {
            Number = $"INC-2026-{sequence:000000}", Year = 2026, Sequence = sequence, RegisteredAtUtc = Utc(registeredAstana),
            RegisteredByName = "op-1@test.kz", SystemModule = "Конкурс",
        };
        life(incident);
        db.Add(incident);
        return incident;
    }

    private static void Duty(DbContext db, IncidentRecord incident, string code, string clause, string due, string? met, bool waived = false) =>
        db.Add(new ObligationRecord
        {
            Code = code, Clause = clause, SubjectType = "Incident", SubjectId = incident.Id.ToString(), Trigger = ObligationTrigger.Confirmed,
            TriggeredAtUtc = incident.RegisteredAtUtc, DueAtUtc = Utc(due), MetAtUtc = met is null ? null : Utc(met), Waived = waived,
            CalendarVersion = "test",
        });

    /// <summary>A Manager added after a run, e.g. a new colleague.</summary>
    public async Task AddManagerAsync(string id)
    {
        await using var db = App.NewDb();
        Person(db, id, StaffRole.Manager);
        await db.SaveChangesAsync(Ct);
    }

    public async Task<DailyAnalysisRun> RunJobAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DailyAnalysisJob>().RunAsync(Ct);
    }

    public async Task<Infrastructure.Documents.DailyAnalysisDocument> AnalysisAsync(DateOnly day)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DailyAnalysisQuery>().BuildAsync(day, Ct);
    }

    public async Task<List<OutboxMessage>> MailAsync()
    {
        await using var db = App.NewDb();
        return await db.Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.To).ToListAsync(Ct);
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
