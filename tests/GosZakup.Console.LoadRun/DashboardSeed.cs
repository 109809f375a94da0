using System.Diagnostics;
using System.Globalization;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.LoadRun;

/// <summary>Issue 8 §7: a data folder for the dashboard under load. A fresh SQLite file made by the app's migrations, then,
/// through EF (audited like any save): incidents registered over the last twelve weeks, one registered appeal each, in
/// every status and level; <c>--obligations</c> open duties on them (limits spread from 7 days ago to 7 days ahead) and
/// <c>--met</c> fulfilled ones; and the <em>probes</em>: one incident each (<c>INC-YYYY-9NNNNN</c>) with one open R2 §9
/// duty whose limit falls at a known whole second, every <c>--probe-seconds</c> from <c>--probe-minutes-ahead</c> minutes
/// after the seed for <c>--probe-minutes</c> minutes, listed in DIR/probes.tsv (number, limit UTC). First it starts the
/// console once on the empty folder (Development, its Release build, <c>--console</c> to name another dll) and stops it as
/// soon as it listens: that migrates the database and seeds the demo users and demo data, which the demo seeders would not
/// do over the incidents added here.</summary>
public static class DashboardSeed
{
    public const string ProbeFile = "probes.tsv";
    public const int ProbeSequence = 900_001;
    private const int Batch = 2_000;

    private static readonly string[] IncidentCodes =
        ["analyse", "id-email", "announce", "supplier-notice", "wg-alert", "low-notice", "fix-notice", "owner-report"];
    private static readonly string[] Clauses =
        ["R2 §9", "R2 §8", "R2 §15.2, §16.3", "R2 §15.3, §16", "R2 §15.1, §16.1, §25", "R2 §14.1", "R2 §14.3, §15.8, §16.8", "R2 §15.9"];
    private static readonly IncidentStatus[] Statuses =
    [
        IncidentStatus.Registered, IncidentStatus.UnderAnalysis, IncidentStatus.Refuted, IncidentStatus.Confirmed, IncidentStatus.Fixing,
        IncidentStatus.Fixed, IncidentStatus.Closed,
    ];
    private static readonly string[] Causes = ["operator-infosec", "user-network-power"];
    private static readonly string[] Organisations =
        ["ГУ «Управление образования г. Астаны»", "ТОО «Стройсервис Алматы»", "АО «Энергосбыт Шымкента»", "ИП «Ахметов»"];

    public static async Task<int> RunAsync(Options options)
    {
        var folder = options.Text("data");
        var open = options.Int("obligations", 10_000);
        var met = options.Int("met", 10_000);
        var perIncident = options.Int("per-incident", 4);
        var probeEvery = options.Int("probe-seconds", 20);
        var probeAhead = options.Int("probe-minutes-ahead", 10);
        var probeMinutes = options.Int("probe-minutes", 60);
        Directory.CreateDirectory(folder);
        if (File.Exists(Path.Combine(folder, "console.db"))) throw new ArgumentException($"{folder}/console.db exists; seed a fresh folder");

        var clock = Stopwatch.StartNew();
        await ConsoleOnce.RunAsync(options.Text("console", ConsoleOnce.DefaultDll()), folder);
        System.Console.WriteLine($"the console migrated and seeded its demo data in {clock.Elapsed.TotalSeconds:0.0} s");
        var settings = DatabaseSettings.SqliteIn(folder);

        var now = DateTime.UtcNow;
        var random = new Random(20261123);
        var incidents = (open + met + perIncident - 1) / perIncident;
        var year = now.AddHours(5).Year;
        int start;
        await using (var db = DatabaseRegistration.CreateStandalone(settings))
            start = await db.Set<IncidentCounter>().Where(c => c.Year == year).Select(c => c.Last).FirstOrDefaultAsync();
        var ids = new List<Guid>(incidents);
        for (var batch = 0; batch < incidents; batch += Batch)
        {
            await using var db = DatabaseRegistration.CreateStandalone(settings);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = batch; i < Math.Min(incidents, batch + Batch); i++)
            {
                var incident = Incident(random, now, year, start + i + 1);
                ids.Add(incident.Id);
                db.Add(incident);
            }
            await db.SaveChangesAsync();
        }
        System.Console.WriteLine($"{incidents} incidents in {clock.Elapsed.TotalSeconds:0.0} s");

        // Each incident gets perIncident duties in turn: the open ones first, then the met ones.
        for (var batch = 0; batch < open + met; batch += Batch)
        {
            await using var db = DatabaseRegistration.CreateStandalone(settings);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = batch; i < Math.Min(open + met, batch + Batch); i++)
                db.Add(Obligation(random, now, ids[i / perIncident], isOpen: i < open));
            await db.SaveChangesAsync();
        }
        System.Console.WriteLine($"{open} open and {met} met obligations in {clock.Elapsed.TotalSeconds:0.0} s");

        var firstProbe = new DateTime(now.Ticks - now.Ticks % TimeSpan.TicksPerMinute, DateTimeKind.Utc).AddMinutes(probeAhead + 1);
        var probes = probeMinutes * 60 / probeEvery;
        var lines = new List<string>();
        await using (var db = DatabaseRegistration.CreateStandalone(settings))
        {
            for (var k = 0; k < probes; k++)
            {
                var due = firstProbe.AddSeconds(k * probeEvery);
                var registered = due.AddHours(-2);
                var incident = new IncidentRecord
                {
                    Number = $"INC-{year}-{ProbeSequence + k:000000}", Year = year, Sequence = ProbeSequence + k, RegisteredAtUtc = registered,
                    RegisteredByName = "load-run", Status = IncidentStatus.Registered,
                };
                incident.Appeals.Add(Appeal(random, registered, AppealChannel.Monitoring));
                db.Add(incident);
                db.Add(new ObligationRecord
                {
                    Code = "analyse", Clause = "R2 §9", SubjectType = "Incident", SubjectId = incident.Id.ToString(), Trigger = ObligationTrigger.Registered,
                    TriggeredAtUtc = registered, DueAtUtc = due, Warn50AtUtc = registered.AddHours(1), Warn80AtUtc = registered.AddMinutes(96),
                    Counting = Counting.CalendarTime, CalendarVersion = "load-run",
                });
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"{incident.Number}\t{due:O}"));
            }
            await db.SaveChangesAsync();
            var counter = await db.Set<IncidentCounter>().FirstOrDefaultAsync(c => c.Year == year);
            if (counter is null) db.Add(new IncidentCounter { Year = year, Last = ProbeSequence + probes });
            else (counter.Last, counter.Version) = (ProbeSequence + probes, Guid.NewGuid());
            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }
        await File.WriteAllLinesAsync(Path.Combine(folder, ProbeFile), lines);
        System.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{probes} probes due every {probeEvery} s from {firstProbe:O} to {firstProbe.AddSeconds((probes - 1) * probeEvery):O}; " +
            $"seeded in {clock.Elapsed.TotalSeconds:0.0} s"));
        return 0;
    }

    private static IncidentRecord Incident(Random random, DateTime now, int year, int sequence)
    {
        // Registered over the last twelve weeks, so the dashboard's default period holds them all.
        var registered = now.AddMinutes(-random.Next(60, 12 * 7 * 24 * 60));
        var status = Statuses[random.Next(Statuses.Length)];
        var incident = new IncidentRecord
        {
            Number = $"INC-{year}-{sequence:000000}", Year = year, Sequence = sequence, RegisteredAtUtc = registered, RegisteredByName = "load-run",
            Status = status, SystemModule = random.Next(2) == 0 ? "Конкурс" : "Аукцион",
        };
        if (status is not (IncidentStatus.Registered or IncidentStatus.UnderAnalysis))
        {
            incident.DecidedAtUtc = registered.AddMinutes(random.Next(20, 240));
            if (status != IncidentStatus.Refuted)
            {
                incident.Severity = (Severity)random.Next(1, 4);
                incident.SeveritySetAtUtc = incident.DecidedAtUtc;
                incident.IsOperatorRelated = random.Next(3) switch { 0 => true, 1 => false, _ => null };
                if (incident.IsOperatorRelated is not null) incident.CauseCode = Causes[incident.IsOperatorRelated == true ? 0 : 1];
                if (status is IncidentStatus.Fixed or IncidentStatus.Closed)
                    incident.FixedAtUtc = incident.DecidedAtUtc.Value.AddMinutes(random.Next(30, 2_000));
            }
        }
        incident.Appeals.Add(Appeal(random, registered, (AppealChannel)random.Next(1, 8)));
        return incident;
    }

    private static AppealRecord Appeal(Random random, DateTime registered, AppealChannel channel)
    {
        var received = registered.AddMinutes(-random.Next(2, 40));
        return new AppealRecord
        {
            Channel = channel, ReceivedAtUtc = received, OrganisationName = Organisations[random.Next(Organisations.Length)],
            Description = "Не открывается страница объявления (нагрузочный прогон)", RegistrationDueAtUtc = received.AddMinutes(30),
            TakenById = "load-run", TakenByName = "load-run", TakenAtUtc = received.AddMinutes(1), RegisteredAtUtc = registered,
            RegisteredById = "load-run", RegisteredByName = "load-run",
        };
    }

    private static ObligationRecord Obligation(Random random, DateTime now, Guid incident, bool isOpen)
    {
        var kind = random.Next(IncidentCodes.Length);
        var due = now.AddSeconds(random.Next(-7 * 24 * 3600, 7 * 24 * 3600));
        var span = TimeSpan.FromMinutes(random.Next(30, 3 * 24 * 60));
        var triggered = due - span;
        return new ObligationRecord
        {
            Code = IncidentCodes[kind], Clause = Clauses[kind], SubjectType = "Incident", SubjectId = incident.ToString(),
            Trigger = ObligationTrigger.Registered,
            TriggeredAtUtc = triggered, DueAtUtc = due, Warn50AtUtc = triggered + span / 2, Warn80AtUtc = triggered + span * 0.8,
            Counting = Counting.WorkingTime, CalendarVersion = "load-run",
            MetAtUtc = isOpen ? null : Min(triggered + span * (random.NextDouble() * 1.3), now), MetByName = isOpen ? null : "load-run",
        };
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
