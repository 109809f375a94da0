using System.Diagnostics;
using System.Globalization;
using System.Text;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Oversight;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Infrastructure.Jobs;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.Persistence.Audit;
using GosZakup.Console.Infrastructure.Procurements;
using GosZakup.Console.Infrastructure.Reports;
using GosZakup.Console.Tests.Shared;
using GosZakup.Console.Web.Features.Acts;
using GosZakup.Console.Web.Features.Acts.Signing;
using GosZakup.Console.Web.Features.LongJobs;
using GosZakup.Console.Web.Features.Procurements;
using GosZakup.Console.Web.Features.QuarterlyReport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.IntegrationTests.LongJobs;

/// <summary>Issue 17 §3: the real host is killed (SIGKILL) in the middle of a quarterly report build and a procurement
/// import, started again on the same data folder, and each job finishes exactly once; the quarter can be built again.</summary>
public sealed class HostCrashTests : IAsyncLifetime
{
    private const int Procurements = 8;

    /// <summary>Short leases and a fast sweep so the test is quick; every step of a job waits 1.5 s so it can be killed mid-way;
    /// no demo data (the requests below are all the test needs, and the start is quicker).</summary>
    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Jobs:Leases:LeaseSeconds"] = "4", ["Jobs:Leases:HeartbeatSeconds"] = "1", ["Jobs:Leases:SweepSeconds"] = "1",
        ["Jobs:Leases:StepDelayMilliseconds"] = "1500", ["Jobs:WorkerCount"] = "2", ["Demo:Seed"] = "false",
    };

    private readonly string folder = Directory.CreateTempSubdirectory("goszakup-crash-").FullName;
    private ServiceProvider requests = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        // The host's migration at start finds the template's schema already there (the crash, not the migration, is tested).
        await TemplateDatabase.CopyToAsync(folder);
        // The requests are made as the pages make them, through the same services, from this process: they land in the
        // database only (no queue here), so the host also shows that a queued job its queue never saw is picked up.
        requests = new ServiceCollection().AddLogging().AddLocalization()
            .AddSingleton(TimeProvider.System)
            .AddScoped<ICurrentActor, SystemActor>()
            .AddConsoleDatabase(DatabaseSettings.SqliteIn(folder))
            .AddLongJobCore(new LongJobOptions(TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(1), 3, TimeSpan.FromSeconds(1), TimeSpan.Zero))
            .AddSingleton(new SignatureTrust(new SigningOptions(), folder, TimeProvider.System))
            .AddQuarterlyReport()
            .AddScoped<ImportRequests>()
            .BuildServiceProvider();
    }

    public async ValueTask DisposeAsync()
    {
        await requests.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task Killed_mid_job_the_host_resumes_both_jobs_on_restart_and_each_finishes_once()
    {
        var first = await ConsoleProcess.StartBuiltAsync(folder, Settings, Ct);
        var manager = Web.Hosting.DemoData.Person("manager@demo.kz", StaffRole.Manager);
        var quarter = Quarter.Containing(DateTime.UtcNow).Previous;
        Guid reportId, importId;
        await using (var scope = requests.CreateAsyncScope())
        {
            var requested = await scope.ServiceProvider.GetRequiredService<QuarterlyReportCommands>().RequestAsync(quarter, manager, Ct);
            Assert.True(requested.Succeeded, $"{requested.Refusal}");
            reportId = Guid.Parse(requested.Value!);
            importId = await scope.ServiceProvider.GetRequiredService<ImportRequests>().QueueAsync("crash.csv", Csv(), "operator@demo.kz", Ct);
        }

        await WaitUntilAsync(first, async db =>
        {
            var jobs = await JobsAsync(db, reportId, importId);
            return jobs.All(j => j.State == LongJobState.Running) && jobs.Single(j => j.Id == reportId).Progress >= 10
                && jobs.Single(j => j.Id == importId).Done >= 1;
        }, TimeSpan.FromSeconds(60));
        await first.KillAsync();

        LongJobRecord report, import;
        await using (var db = NewDb())
        {
            var stuck = await JobsAsync(db, reportId, importId);
            (report, import) = (stuck.Single(j => j.Id == reportId), stuck.Single(j => j.Id == importId));
            Assert.Equal((LongJobState.Running, LongJobState.Running), (report.State, import.State)); // what the crash left
            Assert.InRange(import.Done, 1, Procurements - 1);
            Assert.InRange(report.Progress, 10, 90);
            Assert.Equal(QuarterlyReportState.Building, (await db.Set<QuarterlyReportRecord>().AsNoTracking().SingleAsync(r => r.Id == reportId, Ct)).State);
        }

        var restart = Stopwatch.StartNew();
        await using var second = await ConsoleProcess.StartBuiltAsync(folder, Settings, Ct);
        var listening = restart.Elapsed;
        await WaitUntilAsync(second, async db => (await JobsAsync(db, reportId, importId)).All(j => j.Attempts == 2), TimeSpan.FromSeconds(60));
        var resumed = restart.Elapsed;
        await WaitUntilAsync(second, async db => (await JobsAsync(db, reportId, importId)).All(j => j.State is LongJobState.Finished or LongJobState.Failed),
            TimeSpan.FromSeconds(90));
        var recovered = restart.Elapsed;

        await using (var db = NewDb())
        {
            var done = await JobsAsync(db, reportId, importId);
            (report, import) = (done.Single(j => j.Id == reportId), done.Single(j => j.Id == importId));
            Assert.Equal((LongJobState.Finished, 100, 2), (report.State, report.Progress, report.Attempts));
            Assert.Equal((LongJobState.Finished, 100, Procurements, 2), (import.State, import.Progress, import.Done, import.Attempts));
            Assert.Null(import.Payload); // the uploaded file is not kept once imported

            var built = await db.Set<QuarterlyReportRecord>().AsNoTracking().SingleAsync(r => r.Id == reportId, Ct);
            Assert.Equal((QuarterlyReportState.Ready, 100), (built.State, built.Progress));
            var files = await db.Set<QuarterlyReportFileRecord>().AsNoTracking().Where(f => f.ReportId == reportId).Select(f => f.Kind).ToListAsync(Ct);
            Assert.Equal([QuarterlyReportFileRecord.Pdf, QuarterlyReportFileRecord.Xlsx], files.Order());

            var numbers = await db.Set<ProcurementRecord>().AsNoTracking().Where(p => p.AnnouncementNumber.StartsWith("1559")).Select(p => p.AnnouncementNumber)
                .ToListAsync(Ct);
            Assert.Equal(Enumerable.Range(1, Procurements).Select(Number), numbers.Order());
        }
        var result = (await requests.CreateAsyncScope().ServiceProvider.GetRequiredService<ImportRequests>().FindAsync(importId, Ct))!;
        Assert.Equal((ImportState.Finished, 100, 2), (result.State, result.Percent, result.Runs));
        // The resumed run carried on from its checkpoint: every procurement counted once, as created. (One saved in the instant
        // between its save and its checkpoint would be saved again, as an update of itself: still once in the database.)
        Assert.Equal(Procurements, result.Result!.Created + result.Result.Updated);
        Assert.InRange(result.Result.Updated, 0, 1);
        Assert.Empty(result.Result.Problems);

        await using (var scope = requests.CreateAsyncScope())
        {
            var again = await scope.ServiceProvider.GetRequiredService<QuarterlyReportCommands>().RequestAsync(quarter, manager, Ct);
            Assert.True(again.Succeeded, $"{again.Refusal}");
        }

        TestContext.Current.SendDiagnosticMessage(
            $"Crash recovery: restarted host listening after {listening.TotalSeconds:F1} s, both jobs resumed after {resumed.TotalSeconds:F1} s, " +
            $"finished after {recovered.TotalSeconds:F1} s.");
        File.AppendAllText(Path.Combine(Path.GetTempPath(), "goszakup-crash-recovery.txt"), string.Create(CultureInfo.InvariantCulture,
            $"{DateTime.UtcNow:O} listening {listening.TotalSeconds:F1} s, resumed {resumed.TotalSeconds:F1} s, finished {recovered.TotalSeconds:F1} s\n"));
    }

    private static string Number(int i) => $"1559{i:D4}-1";

    private static string Csv()
    {
        var csv =
            new StringBuilder("numberAnno,nameRu,refTradeMethodsId,customerBin,customerNameRu,orgBin,orgNameRu,startDate,endDate,lotNumber,lotNameRu,amount\n");
        for (var i = 1; i <= Procurements; i++)
            csv.Append(CultureInfo.InvariantCulture,
                $"{Number(i)},Закупка {i},6,090940008102,РГУ,090940008102,РГУ,2026-11-19 09:00:00,2026-11-24 18:00:00,Л1,Сопровождение,100\n");
        return csv.ToString();
    }

    private AppDbContext NewDb() => DatabaseRegistration.CreateStandalone(DatabaseSettings.SqliteIn(folder));

    private async Task<List<LongJobRecord>> JobsAsync(AppDbContext db, params Guid[] ids) =>
        await db.Set<LongJobRecord>().AsNoTracking().Where(j => ids.Contains(j.Id)).ToListAsync(Ct);

    private async Task WaitUntilAsync(ConsoleProcess host, Func<AppDbContext, Task<bool>> done, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            await using (var db = NewDb())
                if (await done(db)) return;
            await Task.Delay(100, Ct);
        }
        Assert.Fail($"timed out; the host said:\n{host.Tail()}");
    }
}
