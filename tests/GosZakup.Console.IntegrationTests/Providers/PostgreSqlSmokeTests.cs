using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.Persistence.Audit;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GosZakup.Console.IntegrationTests.Providers;

/// <summary>The PostgreSQL provider against a real server, when <c>GOSZAKUP_TEST_POSTGRES</c> holds a connection string to
/// one (each test makes and drops a database of its own on it). The full provider test set lives beside this class.</summary>
public sealed class PostgreSqlSmokeTests : IAsyncLifetime
{
    private const string Variable = "GOSZAKUP_TEST_POSTGRES";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DatabaseSettings? settings;

    public ValueTask InitializeAsync()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
            Assert.Skip($"No PostgreSQL to test against: set {Variable}, " +
                "e.g. Host=127.0.0.1;Port=5432;Username=postgres (a throwaway cluster: initdb + pg_ctl)");
        var database = new NpgsqlConnectionStringBuilder(server) { Database = $"goszakup_smoke_{Guid.NewGuid():N}" };
        settings = new DatabaseSettings(DatabaseProvider.PostgreSql, database.ConnectionString);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        if (settings is null) return;
        await using var db = DatabaseRegistration.CreateStandalone(settings);
        NpgsqlConnection.ClearAllPools();
        await db.Database.EnsureDeletedAsync();
    }

    [Fact]
    public async Task Migrations_apply_to_an_empty_database()
    {
        await using var db = DatabaseRegistration.CreateStandalone(settings!);

        await db.Database.MigrateAsync(Ct);

        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Ct));
        Assert.Contains(await db.Database.GetAppliedMigrationsAsync(Ct), m => m.EndsWith("_Initial", StringComparison.Ordinal));
        Assert.False(db.Database.HasPendingModelChanges(), "run: dotnet ef migrations add <Name> --project src/GosZakup.Console.Migrations.PostgreSql");
        Assert.Equal(0, await db.AuditEntries.CountAsync(Ct));
    }

    [Fact]
    public async Task Two_registrations_at_once_queue_on_the_year_row_and_take_numbers_one_and_two_without_a_retry()
    {
        await using (var db = DatabaseRegistration.CreateStandalone(settings!))
            await db.Database.MigrateAsync(Ct);
        var firstHasItsNumber = new TaskCompletionSource();
        var releaseFirst = new TaskCompletionSource();

        // The first holds the year's row from reading its number until the second has asked for one; the second waits for
        // the row (it does not fail and retry), then reads the moved counter.
        var first = RegisterAsync(async () => { firstHasItsNumber.SetResult(); await releaseFirst.Task; });
        await firstHasItsNumber.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        var second = RegisterAsync(() => Task.CompletedTask);
        await Task.Delay(500, Ct);
        Assert.False(second.IsCompleted, "the second registration should wait for the first one's row lock");
        releaseFirst.SetResult();

        Assert.Equal(["INC-2026-000001", "INC-2026-000002"], await Task.WhenAll(first, second));
        await using var check = DatabaseRegistration.CreateStandalone(settings!);
        Assert.Equal(2, (await check.Set<IncidentCounter>().SingleAsync(c => c.Year == 2026, Ct)).Last);
        var chain = await AuditChain.VerifyAsync(check, Ct);
        Assert.Null(chain.Problem);
        Assert.True(chain.VerifiedRows >= 4, $"{chain.VerifiedRows} audit rows"); // each registration logs its incident and the counter
    }

    private async Task<string> RegisterAsync(Func<Task> whileHoldingTheNumber)
    {
        await using var db = DatabaseRegistration.CreateStandalone(settings!);
        await using var unit = await YearlyCounters.BeginAsync(db, Ct);
        var number = await IncidentNumbering.NextAsync(db, 2026, Ct);
        await whileHoldingTheNumber();
        db.Set<IncidentRecord>().Add(new IncidentRecord
        {
            Number = number.ToString(), Year = number.Year, Sequence = number.Sequence,
            RegisteredAtUtc = DateTime.UtcNow, RegisteredByName = "smoke@test.kz",
        });
        await db.SaveChangesAsync(Ct);
        await unit!.CommitAsync(Ct);
        return number.ToString();
    }
}
