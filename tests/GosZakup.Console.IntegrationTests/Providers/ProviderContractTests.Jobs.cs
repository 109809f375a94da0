using GosZakup.Console.Infrastructure.Mail;
using GosZakup.Console.IntegrationTests.Mail;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.IntegrationTests.Providers;

public abstract partial class ProviderContractTests
{
    [Fact]
    public async Task Four_senders_racing_over_the_outbox_send_each_message_exactly_once()
    {
        using var smtp = await SmtpServer.StartNewAsync(Ct);
        await using var database = await databases.CreateMigratedAsync(Ct);
        await using var app =
            ProviderApp.On(database, new Dictionary<string, string?> { ["Mail:Smtp:Host"] = "127.0.0.1", ["Mail:Smtp:Port"] = smtp.Port.ToString() });
        var outbox = app.Services.GetRequiredService<MailOutbox>();
        await using (var db = app.NewDb())
        {
            for (var i = 0; i < 30; i++)
                outbox.Enqueue(db, OutboxScenario.Mail(to: $"user{i:D2}@example.kz", subjectId: $"race-{i:D2}"));
            await db.SaveChangesAsync(Ct);
        }

        // Four instances' sender jobs at once, each on its own scope and context, as Hangfire would run them.
        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => app.InScopeAsync<SendOutboxJob, int>(job => job.RunAsync(Ct)))));

        Assert.Equal(30, runs.Sum());
        var recipients = smtp.Received().Select(m => m.To.Mailboxes.Single().Address).Order().ToList();
        Assert.Equal(Enumerable.Range(0, 30).Select(i => $"user{i:D2}@example.kz"), recipients);
        await using var reader = app.NewDb();
        Assert.All(await reader.Set<OutboxMessage>().AsNoTracking().ToListAsync(Ct), row => Assert.NotNull(row.SentAtUtc));
    }

    [Fact]
    public async Task A_recurring_job_and_a_queued_job_each_run_once_with_two_servers_on_the_job_storage()
    {
        await using var database = await databases.CreateMigratedAsync(Ct);
        var storage = ProviderJobStorage.For(database);
        var run = Guid.NewGuid().ToString("N");
        var options = new BackgroundJobServerOptions
        {
            WorkerCount = 2, SchedulePollingInterval = TimeSpan.FromSeconds(1), ShutdownTimeout = TimeSpan.FromSeconds(10),
            Activator = new JobActivator(), // the counting job needs nothing from the app's services
        };
        // Queued before the servers start, so that their first fetch finds it whatever the storage's poll interval.
        new BackgroundJobClient(storage).Enqueue<CountedJob>(job => job.Run(run, "queued"));
        // Due once, a few seconds from now (Hangfire's six-field cron counts seconds): both servers' schedulers see it.
        var due = DateTime.UtcNow.AddSeconds(5);
        new RecurringJobManager(storage).AddOrUpdate<CountedJob>($"counted-{run}", job => job.Run(run, "recurring"),
            $"{due.Second} {due.Minute} {due.Hour} {due.Day} {due.Month} *", new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        using var first = new BackgroundJobServer(options, storage);
        using var second = new BackgroundJobServer(options, storage);

        await CountedJob.WaitForAsync(run, "queued", "recurring");
        await Task.Delay(TimeSpan.FromSeconds(3), Ct); // room for a doubled run to show

        Assert.Equal((1, 1), (CountedJob.Runs(run, "queued"), CountedJob.Runs(run, "recurring")));
    }
}

/// <summary>A job that only counts its runs, per test run and kind.</summary>
public sealed class CountedJob
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> Counts = new();

    public void Run(string run, string kind) => Counts.AddOrUpdate($"{run}/{kind}", 1, (_, n) => n + 1);

    public static int Runs(string run, string kind) => Counts.GetValueOrDefault($"{run}/{kind}");

    /// <summary>Waits up to a minute until each kind has run at least once.</summary>
    public static async Task WaitForAsync(string run, params string[] kinds)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (kinds.Any(k => Runs(run, k) == 0))
        {
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"not run within a minute: {string.Join(", ", kinds.Where(k => Runs(run, k) == 0))}");
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }
}
