using System.Diagnostics;
using System.Globalization;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Extensions;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Domain.Oversight;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Infrastructure.Calendar;
using GosZakup.Console.Infrastructure.Extensions;
using GosZakup.Console.Infrastructure.Identity;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Jobs;
using GosZakup.Console.Infrastructure.Mail;
using GosZakup.Console.Infrastructure.Notifications;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.Persistence.Audit;
using GosZakup.Console.Infrastructure.Procurements;
using GosZakup.Console.Infrastructure.Reports;
using GosZakup.Console.IntegrationTests.Extensions;
using GosZakup.Console.IntegrationTests.Incidents;
using GosZakup.Console.IntegrationTests.Intake;
using GosZakup.Console.IntegrationTests.Mail;
using GosZakup.Console.Web.Features.Acts;
using GosZakup.Console.Web.Features.Acts.Signing;
using GosZakup.Console.Web.Features.Announcements;
using GosZakup.Console.Web.Features.Calendar;
using GosZakup.Console.Web.Features.Extensions;
using GosZakup.Console.Web.Features.Inbox;
using GosZakup.Console.Web.Features.Incidents;
using GosZakup.Console.Web.Features.LongJobs;
using GosZakup.Console.Web.Features.PlannedWorks;
using GosZakup.Console.Web.Features.QuarterlyReport;
using GosZakup.Console.Web.Features.Reminders;
using GosZakup.Console.Web.Hosting;
using Hangfire;
using Hangfire.States;
using Hangfire.Storage;
using Hangfire.Storage.SQLite;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GosZakup.Console.IntegrationTests.LongJobs;

/// <summary>Issue 18 §3: jobs queued on the embedded default outlive the process. The real host starts on a data folder with
/// its Hangfire workers held back (<c>Jobs:WorkerCount=0</c>: it queues jobs and runs none); a Supervisor's approval of the
/// works plan queues its extension job, a Manager queues the quarterly report build, and a duty's reminder is owed; the host
/// is killed (SIGKILL) before any of them runs and started again, with workers, on the same folder. Each then runs exactly
/// once: the deadlines move once, each supplier and each owner gets one mail through a real SMTP server, the report is
/// built once.</summary>
public sealed class QueuedJobsRestartTests : IAsyncLifetime
{
    private const string Module = "Аукцион";

    private readonly string folder = Directory.CreateTempSubdirectory("goszakup-restart-").FullName;

    /// <summary>The requests are made as of Friday 20 November 2026, 12:10 Astana, as the extension tests make them.</summary>
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 20, 7, 10, 0, TimeSpan.Zero));

    private SmtpServer smtp = null!;
    private SQLiteStorage jobs = null!;
    private ServiceProvider requests = null!;
    private AsyncServiceScope scope;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => smtp = await SmtpServer.StartNewAsync(Ct);

    public async ValueTask DisposeAsync()
    {
        if (requests is not null)
        {
            await scope.DisposeAsync();
            await requests.DisposeAsync();
        }
        jobs?.Dispose();
        smtp.Dispose();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }

    /// <summary>No demo data; planned works' extensions applied as computed (the one job does it all); short lease sweeps.</summary>
    private Dictionary<string, string> Settings(int workers) => new()
    {
        ["Jobs:WorkerCount"] = workers.ToString(CultureInfo.InvariantCulture), ["Demo:Seed"] = "false",
        ["Extensions:ApplyWithoutApproval"] = "true",
        ["Mail:Smtp:Host"] = "127.0.0.1", ["Mail:Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task Jobs_queued_before_a_kill_run_exactly_once_after_the_restart()
    {
        var total = Stopwatch.StartNew();
        await using var first = await ConsoleProcess.StartBuiltAsync(folder, Settings(workers: 0), Ct);
        HangfireLogging.Detach();
        jobs = SqliteJobStorage.Open(folder);
        requests = Requests();
        scope = requests.CreateAsyncScope();
        await SeedStaffAsync();
        var code = await QueueWorksExtensionAsync();
        var incidentId = await RegisterIncidentAsync();
        var reportId = await QueueQuarterlyBuildAsync();

        var queued = QueuedJobIds();
        Assert.Contains(queued, j => j.Type == typeof(ExtensionJob));
        Assert.Contains(queued, j => j.Type == typeof(LongJobRunner));
        await first.KillAsync();

        // What the crash left: the jobs in jobs.db, nothing done.
        Assert.All(queued, j => Assert.Equal(EnqueuedState.StateName, State(j.Id)));
        AssertRecurringJobsRegistered();
        await using (var db = NewDb())
        {
            Assert.Equal(0, await db.Set<ExtensionOrderRecord>().CountAsync(Ct));
            Assert.Equal(QuarterlyReportState.Queued, (await db.Set<QuarterlyReportRecord>().AsNoTracking().SingleAsync(r => r.Id == reportId, Ct)).State);
            Assert.Equal(0, await db.Set<ReminderRecord>().CountAsync(Ct));
        }

        var restart = Stopwatch.StartNew();
        await using var second = await ConsoleProcess.StartBuiltAsync(folder, Settings(workers: 2), Ct);
        var listening = restart.Elapsed;
        await WaitUntilAsync(second, async db =>
            await db.Set<ExtensionOrderRecord>().CountAsync(o => o.State == ExtensionOrderState.Published, Ct) == 3
            && await db.Set<QuarterlyReportRecord>().AnyAsync(r => r.Id == reportId && r.State == QuarterlyReportState.Ready, Ct)
            && await db.Set<ReminderRecord>().AnyAsync(Ct), TimeSpan.FromSeconds(120));
        var ran = restart.Elapsed;
        // The sender runs every minute; start it now, as an Admin's "Trigger now" on the dashboard would, rather than wait.
        new RecurringJobManager(jobs).Trigger(SendOutboxJob.RecurringId);
        await WaitUntilAsync(second, async db =>
            !await db.Set<OutboxMessage>().AnyAsync(m => m.SentAtUtc == null, Ct) && smtp.Received().Count >= 5, TimeSpan.FromSeconds(90));
        var mailed = restart.Elapsed;

        await AssertExtensionAppliedOnceAsync(code);
        await AssertReportBuiltOnceAsync(reportId);
        await AssertRemindedOnceAsync(incidentId);
        var received = smtp.Received().Select(m => m.To.ToString()).Order().ToList();
        Assert.Equal(["op-1@test.kz", "sup-1@test.kz", "supplier0@akzhol.kz", "supplier1@akzhol.kz", "supplier2@akzhol.kz"], received);
        // The very jobs queued before the kill ran, and the recurring ones are still registered.
        Assert.All(queued, j => Assert.Equal(SucceededState.StateName, State(j.Id)));
        AssertRecurringJobsRegistered();

        var figures = string.Create(CultureInfo.InvariantCulture,
            $"restarted host listening after {listening.TotalSeconds:F1} s, jobs run after {ran.TotalSeconds:F1} s, " +
            $"mail delivered after {mailed.TotalSeconds:F1} s, whole test {total.Elapsed.TotalSeconds:F1} s");
        TestContext.Current.SendDiagnosticMessage($"Queued jobs across a kill: {figures}.");
        File.AppendAllText(Path.Combine(Path.GetTempPath(), "goszakup-restart-jobs.txt"), $"{DateTime.UtcNow:O} {figures}\n");
    }

    /// <summary>The services the pages use, in this process, on the host's database and its jobs file: what they queue goes
    /// into jobs.db exactly as the host's own client puts it there.</summary>
    private ServiceProvider Requests() => new ServiceCollection().AddLogging().AddLocalization()
        .AddSingleton<TimeProvider>(clock)
        .AddScoped<ICurrentActor, SystemActor>()
        .AddConsoleDatabase(DatabaseSettings.SqliteIn(folder))
        .AddSingleton<IBackgroundJobClient>(new BackgroundJobClient(jobs))
        .AddCalendar().AddSingleton(ObligationSettings.Default)
        .AddSingleton<MailOutbox>()
        .AddInbox(folder)
        .AddSingleton<IncidentNotifier>().AddAnnouncements().AddExtensions(new ConfigurationBuilder().Build()).AddPlannedWorks()
        .AddLongJobCore()
        .AddSingleton(new SignatureTrust(new SigningOptions(), folder, clock))
        .AddQuarterlyReport()
        .BuildServiceProvider();

    /// <summary>An operator and a Supervisor with addresses: the owners a missed duty's reminder goes to.</summary>
    private async Task SeedStaffAsync()
    {
        await using var db = NewDb();
        var roles = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Name!, r => r.Id, Ct);
        foreach (var (id, role) in new[] { ("op-1", StaffRole.Operator), ("sup-1", StaffRole.Supervisor) })
        {
            var email = $"{id}@test.kz";
            db.Add(new ApplicationUser
            {
                Id = id, UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant()
            });
            db.Add(new IdentityUserRole<string> { UserId = id, RoleId = roles[role] });
        }
        await db.SaveChangesAsync(Ct);
    }

    /// <summary>R2 §23-§24: a works window on the auction module from 17:00 to 19:00 over three procurements whose acceptance
    /// ends at 18:00; the Supervisor's approval of the plan queues the extension job (compute, apply, publish).</summary>
    private async Task<string> QueueWorksExtensionAsync()
    {
        await using (var db = NewDb())
            await ExtensionProcurements.SeedAsync(db, 3, Module);
        var plans = Get<WorksPlanCommands>();
        Assert.True((await plans.CreateAsync(2026, IncidentScenario.Specialist, Ct)).Succeeded);
        var plan = await PlanAsync();
        var window = new WorksWindowForm
        {
            PlanId = plan.Id, Start = new DateTime(2026, 11, 20, 17, 0, 0), End = new DateTime(2026, 11, 20, 19, 0, 0), Modules = [Module],
            DescriptionKk = "Аукцион модулін жаңарту.", DescriptionRu = "Обновление модуля «Аукцион».",
        };
        var saved = await Get<WorksWindowCommands>().SaveAsync(window, IncidentScenario.Specialist, Ct);
        Assert.True(saved.Succeeded, $"{saved.Refusal}");
        plan = await PlanAsync();
        var approved = await plans.ApproveAsync(plan.Id, plan.Version, IncidentScenario.Supervisor, Ct);
        Assert.True(approved.Succeeded, $"{approved.Refusal}");
        return Assert.Single(plan.Windows).Code;
    }

    /// <summary>A phone appeal registered at 12:10: the incident's identifier is owed to the user within the hour (R2 §8), in
    /// calendar time, so by the time the host runs again it is missed, at any hour, and its owners are reminded.</summary>
    private async Task<Guid> RegisterIncidentAsync()
    {
        var form = new AppealForm
        {
            Channel = AppealChannel.Phone, ReceivedAt = new DateTime(2026, 11, 20, 12, 5, 0), OrganisationName = "ТОО «Ақ Жол»",
            TaxpayerNumber = "900101300811", ContactPhone = "+7 701 234 56 78", Description = "Не открывается раздел ценовых предложений",
        };
        var received = await Get<AppealIntake>().ReceiveAsync(form, Ct);
        Assert.True(received.Succeeded);
        var registered = await Get<AppealRegistration>().RegisterAsync(received.Value!.AppealId, form, IntakeServices.Operator(), Ct);
        Assert.True(registered.Succeeded, $"{registered.Refusal}");
        await using var db = NewDb();
        return await db.Set<IncidentRecord>().Where(i => i.Number == registered.Value!.IncidentNumber).Select(i => i.Id).SingleAsync(Ct);
    }

    private async Task<Guid> QueueQuarterlyBuildAsync()
    {
        var manager = DemoData.Person("manager@demo.kz", StaffRole.Manager);
        var requested = await Get<QuarterlyReportCommands>().RequestAsync(Quarter.Containing(clock.GetUtcNow().UtcDateTime).Previous, manager, Ct);
        Assert.True(requested.Succeeded, $"{requested.Refusal}");
        return Guid.Parse(requested.Value!);
    }

    private async Task AssertExtensionAppliedOnceAsync(string code)
    {
        await using var db = NewDb();
        var orders = await db.Set<ExtensionOrderRecord>().AsNoTracking().Where(o => o.SourceId == code).ToListAsync(Ct);
        Assert.Equal(3, orders.Count);
        Assert.All(orders, o => Assert.Equal((ExtensionOrderState.Published, "20.11.2026 20:00"), (o.State, AstanaTime.Text(o.NewUtc))));
        var moves = await db.Set<DeadlineChangeRecord>().AsNoTracking().Where(h => h.Source == code).ToListAsync(Ct);
        Assert.Equal(3, moves.Count);
        Assert.Equal(3, moves.Select(m => m.ProcurementId).Distinct().Count());
        var ends = await db.Set<ProcurementDeadlineRecord>().Where(d => d.Kind == DeadlineKind.AcceptanceEnd).Select(d => d.AtUtc).ToListAsync(Ct);
        Assert.All(ends, end => Assert.Equal("20.11.2026 20:00", AstanaTime.Text(end)));
        var notices = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Kind == "extension-notice").Select(m => m.To).ToListAsync(Ct);
        Assert.Equal(["supplier0@akzhol.kz", "supplier1@akzhol.kz", "supplier2@akzhol.kz"], notices.Order());
    }

    private async Task AssertReportBuiltOnceAsync(Guid reportId)
    {
        await using var db = NewDb();
        var job = await db.Set<LongJobRecord>().AsNoTracking().SingleAsync(j => j.Id == reportId, Ct);
        Assert.Equal((LongJobState.Finished, 1), (job.State, job.Attempts)); // claimed once, however many queue entries pointed at it
        var files = await db.Set<QuarterlyReportFileRecord>().AsNoTracking().Where(f => f.ReportId == reportId).Select(f => f.Kind).ToListAsync(Ct);
        Assert.Equal([QuarterlyReportFileRecord.Pdf, QuarterlyReportFileRecord.Xlsx], files.Order());
    }

    private async Task AssertRemindedOnceAsync(Guid incidentId)
    {
        await using var db = NewDb();
        var subject = incidentId.ToString();
        var idEmail = await db.Obligations.AsNoTracking().SingleAsync(o => o.SubjectType == "Incident" && o.SubjectId == subject && o.Code == "id-email", Ct);
        Assert.Equal(ReminderStage.Breach,
            Assert.Single(await db.Set<ReminderRecord>().AsNoTracking().Where(r => r.ObligationId == idEmail.Id).ToListAsync(Ct)).Stage);
        var mails =
            await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.SubjectType == "Incident" && m.SubjectId == subject).Select(m => m.To).ToListAsync(Ct);
        Assert.Equal(["op-1@test.kz", "sup-1@test.kz"], mails.Order());
    }

    private List<(string Id, Type Type)> QueuedJobIds() =>
        [.. jobs.GetMonitoringApi().EnqueuedJobs("default", 0, 100).Select(j => (j.Key, j.Value.Job.Type))];

    private string? State(string jobId)
    {
        using var connection = jobs.GetConnection();
        return connection.GetStateData(jobId)?.Name;
    }

    private void AssertRecurringJobsRegistered()
    {
        using var connection = jobs.GetConnection();
        var recurring = connection.GetRecurringJobs().Select(r => r.Id).ToList();
        Assert.Contains(ReminderJob.RecurringId, recurring);
        Assert.Contains(SendOutboxJob.RecurringId, recurring);
        Assert.Contains(ExtensionJob.SweepId, recurring);
        Assert.Contains(VerifyAuditChainJob.RecurringId, recurring);
    }

    private async Task<WorksPlanRecord> PlanAsync()
    {
        await using var db = NewDb();
        return await db.Set<WorksPlanRecord>().AsNoTracking().Include(p => p.Windows).SingleAsync(p => p.Year == 2026, Ct);
    }

    private T Get<T>() where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    private AppDbContext NewDb() => DatabaseRegistration.CreateStandalone(DatabaseSettings.SqliteIn(folder));

    private async Task WaitUntilAsync(ConsoleProcess host, Func<AppDbContext, Task<bool>> done, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            await using (var db = NewDb())
                if (await done(db)) return;
            await Task.Delay(200, Ct);
        }
        Assert.Fail($"timed out; the host said:\n{host.Tail()}");
    }
}
