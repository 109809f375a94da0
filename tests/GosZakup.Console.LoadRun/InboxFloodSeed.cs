using System.Diagnostics;
using System.Globalization;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Infrastructure.Calendar;
using GosZakup.Console.Infrastructure.Mail;
using GosZakup.Console.Infrastructure.Notifications;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.Persistence.Audit;
using GosZakup.Console.Web.Features.Inbox;
using GosZakup.Console.Web.Features.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GosZakup.Console.LoadRun;

/// <summary>Issue 17: what the flood of ~27,000 appeals left behind, made again on a data folder. <c>seed-inbox</c> starts
/// the console once (migrations, demo users) and receives N phone appeals through the real intake (each with its R2 §7
/// clocks) on a pinned working morning; <c>reminder-flood</c> then runs the real reminder job, with the clock pinned
/// after every limit has passed, until nothing is owed, and counts the mails and bell entries it queued.</summary>
public static class InboxFloodSeed
{
    /// <summary>Monday 7 December 2026, 09:00 Astana: the appeals arrive over the first working hour.</summary>
    public static readonly DateTimeOffset Morning = new(2026, 12, 7, 4, 0, 0, TimeSpan.Zero);

    public static async Task<int> SeedAsync(Options options)
    {
        var folder = options.Text("data");
        var count = options.Int("appeals", 30_000);
        if (File.Exists(Path.Combine(folder, "console.db"))) throw new ArgumentException($"{folder}/console.db exists; seed a fresh folder");
        Directory.CreateDirectory(folder);
        await ConsoleOnce.RunAsync(options.Text("console", ConsoleOnce.DefaultDll()), folder);

        var clock = new PinnedClock(Morning.AddHours(1));
        await using var services = Services(folder, clock);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var received = await scope.ServiceProvider.GetRequiredService<AppealIntake>().ReceiveAsync(Appeal(i, count));
            if (!received.Succeeded) throw new InvalidOperationException(string.Join("; ", received.FieldErrors.Select(e => $"{e.Key}: {e.Value.Key}")));
            if ((i + 1) % 5_000 == 0) System.Console.WriteLine($"{i + 1} appeals, {watch.Elapsed.TotalSeconds:0} s");
        }
        System.Console.WriteLine($"seeded {count} unregistered appeals through the intake in {watch.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }

    public static async Task<int> RemindAsync(Options options)
    {
        var folder = options.Text("data");
        var clock = new PinnedClock(Morning.AddHours(options.Int("hours-after", 3)));
        await using var services = Services(folder, clock);
        var limits = services.GetRequiredService<ReminderLimits>();
        var watch = Stopwatch.StartNew();
        var (runs, reminders, slowest) = (0, 0, TimeSpan.Zero);
        long peak = 0;
        while (true)
        {
            var run = Stopwatch.StartNew();
            await using var scope = services.CreateAsyncScope();
            var sent = await scope.ServiceProvider.GetRequiredService<ReminderJob>().RunAsync(CancellationToken.None);
            slowest = run.Elapsed > slowest ? run.Elapsed : slowest;
            peak = Math.Max(peak, Environment.WorkingSet);
            if (sent == 0) break;
            (runs, reminders) = (runs + 1, reminders + sent);
            clock.Advance(TimeSpan.FromMinutes(1)); // the job runs every minute
        }
        await using var db = services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext();
        var mails = await db.Set<OutboxMessage>()
            .CountAsync(m => m.Kind == "breach-digest" || m.Kind == "reminder-digest" || m.Kind == "breach-alert" || m.Kind == "reminder");
        var bell = await db.Set<NotificationRecord>().CountAsync();
        var staff = await db.Users.CountAsync(u => !u.IsDisabled);
        System.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"reminder job, clock pinned at {clock.GetUtcNow():u}, Reminders:MaxPerRun {limits.MaxPerRun}, window {limits.Window.TotalMinutes} min"));
        System.Console.WriteLine("| runs | reminders recorded | mails queued | bell entries | active staff | slowest run | peak working set |");
        System.Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        System.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {runs} | {reminders} | {mails} | {bell} | {staff} | {slowest.TotalSeconds:0.00} s | {peak / 1048576.0:0} MiB |"));
        System.Console.WriteLine($"total {watch.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }

    private static AppealForm Appeal(int i, int count) => new()
    {
        Channel = AppealChannel.Phone,
        ReceivedAt = Morning.ToOffset(TimeSpan.FromHours(5)).DateTime.AddSeconds(3600.0 * i / count),
        OrganisationName = $"ТОО «Поток {i % 300}»",
        ContactPhone = "+7 701 234 56 78",
        Description = $"Портал не отвечает: 5xx на узле {i % 17}, обращение {i}",
    };

    private static ServiceProvider Services(string folder, TimeProvider clock) => new ServiceCollection()
        .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning)).AddLocalization()
        .AddSingleton(clock)
        .AddScoped<ICurrentActor, SystemActor>()
        .AddConsoleDatabase(DatabaseSettings.SqliteIn(folder))
        .AddSingleton<CalendarStore>()
        .AddSingleton(ObligationSettings.Default)
        .AddSingleton<InboxNotifier>()
        .AddSingleton<MailOutbox>()
        .AddScoped<AppealValidator>()
        .AddScoped<AppealIntake>()
        .AddSingleton<NotificationCenter>()
        .AddSingleton(ReminderLimits.Default)
        .AddScoped<ReminderJob>()
        .BuildServiceProvider();

    /// <summary>A clock that reads what it is set to: the load run's own, since this tool has no test packages.</summary>
    private sealed class PinnedClock(DateTimeOffset now) : TimeProvider
    {
        private DateTimeOffset current = now;

        public override DateTimeOffset GetUtcNow() => current;

        public void Advance(TimeSpan by) => current += by;
    }
}
