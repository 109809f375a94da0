using System.Diagnostics;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Infrastructure.Calendar;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence.Audit;
using GosZakup.Console.IntegrationTests.Journal;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Inbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.IntegrationTests.Providers;

/// <summary>What every database provider must do for the console, written once and run on each (issue 18 §2): the
/// derived classes <see cref="SqliteProviderTests"/>, <see cref="PostgreSqlProviderTests"/> and
/// <see cref="SqlServerProviderTests"/> supply the databases. Each test gets a database of its own and the app's real
/// services (<see cref="ProviderApp"/>).</summary>
public abstract partial class ProviderContractTests(ProviderDatabases databases) : IDisposable
{
    private readonly Stopwatch watch = Stopwatch.StartNew();

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Each test's time in the test output, so the providers can be compared.</summary>
    public void Dispose() =>
        TestContext.Current.SendDiagnosticMessage($"{GetType().Name}.{TestContext.Current.TestMethod?.MethodName}: {watch.Elapsed.TotalSeconds:0.00} s");

    private static AppealForm Appeal(int i, string organisation = "ТОО «Ақ Жол»") =>
        JournalData.Appeal("2026-11-20 10:00", organisation: organisation, description: $"Не открывается раздел ценовых предложений ({i})");

    /// <summary>Receives an appeal through the intake as the Inbox does; returns its id.</summary>
    private static async Task<Guid> ReceiveAsync(ProviderApp app, AppealForm form)
    {
        var received = await app.InScopeAsync<AppealIntake, CommandResult<AppealSaved>>(intake => intake.ReceiveAsync(form, Ct));
        Assert.True(received.Succeeded, string.Join("; ", received.FieldErrors.Select(e => $"{e.Key}: {e.Value.Key}")));
        return received.Value!.AppealId;
    }

    [Fact]
    public async Task Migrations_apply_to_an_empty_database_and_leave_nothing_pending()
    {
        await using var database = await databases.CreateEmptyAsync(Ct);
        await using var db = database.NewContext();
        Assert.Empty(await db.Database.GetAppliedMigrationsAsync(Ct));

        await db.Database.MigrateAsync(Ct);

        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync(Ct));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Ct));
        Assert.False(db.Database.HasPendingModelChanges(), $"the model has changes no migration of {database.Settings.MigrationsAssembly} holds");
        Assert.Equal(0, await db.AuditEntries.CountAsync(Ct));
        Assert.Equal(0, await db.Set<AppealRecord>().CountAsync(Ct));
    }

    [Fact]
    public async Task The_calendars_seed_from_the_assets_whole_as_at_the_first_start()
    {
        await using var database = await databases.CreateMigratedAsync(Ct);
        await using var app = ProviderApp.On(database);
        var folder = Path.Combine(AppContext.BaseDirectory, "assets", "calendars");
        var entries = Directory.GetFiles(folder, "kz-*.json", SearchOption.AllDirectories)
            .SelectMany(file => CalendarFile.Parse(File.ReadAllText(file))).ToList();

        await using (var scope = app.Scope())
            await scope.ServiceProvider.GetRequiredService<CalendarSeeder>().SeedAsync(folder, Ct);

        await using var db = app.NewDb();
        Assert.Equal(entries.Count, await db.CalendarOverrides.CountAsync(Ct));
        // The longest legal source (over 600 characters) is stored whole: SQLite keeps any length, a server column does not.
        var longest = entries.MaxBy(e => e.Source.Length)!;
        Assert.Contains(longest.Source, await db.CalendarOverrides.AsNoTracking().Select(o => o.Source).ToListAsync(Ct));
    }

    [Fact]
    public async Task Fifty_concurrent_registrations_number_the_incidents_1_to_50_with_no_gap_and_no_duplicate()
    {
        await using var database = await databases.CreateMigratedAsync(Ct);
        await using var app = ProviderApp.On(database);
        var appeals = new List<(Guid Id, AppealForm Form)>();
        for (var i = 1; i <= 50; i++)
        {
            var form = Appeal(i);
            appeals.Add((await ReceiveAsync(app, form), form));
        }

        // Fifty operators at once, each request with its own scope and context, as the Inbox's circuits would.
        var registered = await Task.WhenAll(appeals.Select((appeal, i) => Task.Run(() =>
            app.InScopeAsync<AppealRegistration, CommandResult<AppealSaved>>(r =>
                r.RegisterAsync(appeal.Id, appeal.Form, ProviderApp.Operator($"op-{i}", $"operator{i}@demo.kz"), Ct)))));

        Assert.All(registered, r => Assert.True(r.Succeeded, $"{r.Refusal}"));
        Assert.Equal(50, registered.Select(r => r.Value!.IncidentNumber).Distinct().Count());
        await using var db = app.NewDb();
        var incidents = await db.Set<IncidentRecord>().AsNoTracking().OrderBy(i => i.Sequence).Select(i => new { i.Sequence, i.Number }).ToListAsync(Ct);
        Assert.Equal(Enumerable.Range(1, 50), incidents.Select(i => i.Sequence));
        Assert.Equal(registered.Select(r => r.Value!.IncidentNumber).Order(), incidents.Select(i => i.Number).Order());
        Assert.Equal(50, await db.Set<AppealRecord>().CountAsync(a => a.IncidentId != null, Ct));
        Assert.Equal(50, await db.Set<IncidentCounter>().Where(c => c.Year == 2026).Select(c => c.Last).SingleAsync(Ct));
    }

    [Fact]
    public async Task A_second_editor_of_the_same_record_is_refused_and_overwrites_nothing()
    {
        await using var database = await databases.CreateMigratedAsync(Ct);
        await using var app = ProviderApp.On(database);
        var id = await ReceiveAsync(app, Appeal(1));
        await using var first = app.NewDb();
        await using var second = app.NewDb();
        var mine = await first.Set<AppealRecord>().SingleAsync(a => a.Id == id, Ct);
        var theirs = await second.Set<AppealRecord>().SingleAsync(a => a.Id == id, Ct);

        (mine.Description, mine.Version) = ("Правка первого оператора", Guid.NewGuid());
        await first.SaveChangesAsync(Ct);
        (theirs.Description, theirs.Version) = ("Правка второго оператора", Guid.NewGuid());

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(Ct));
        await using var reader = app.NewDb();
        var saved = await reader.Set<AppealRecord>().AsNoTracking().SingleAsync(a => a.Id == id, Ct);
        Assert.Equal(("Правка первого оператора", mine.Version), (saved.Description, saved.Version));
        var updates = await reader.AuditEntries.AsNoTracking().Where(e => e.EntityId == id.ToString() && e.Action == AuditAction.Updated).ToListAsync(Ct);
        Assert.Contains("Правка первого оператора", Assert.Single(updates).After);
    }
}
