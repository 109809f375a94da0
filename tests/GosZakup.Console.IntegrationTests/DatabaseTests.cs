using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.Persistence.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace GosZakup.Console.IntegrationTests;

public class DatabaseTests
{
    private static AppDbContext SqlServerContext() =>
        DatabaseRegistration.CreateStandalone(new DatabaseSettings(DatabaseProvider.SqlServer,
            "Server=(none);Database=GosZakupConsole;Trusted_Connection=True"));

    [Fact]
    public async Task Migrations_apply_to_an_empty_SQLite_database()
    {
        using var temp = new TempDatabase();
        await using var db = temp.NewContext();

        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);

        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await db.AuditEntries.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await db.DataProtectionKeys.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_copy_of_the_test_template_holds_every_migration_so_the_start_up_migration_has_nothing_to_do()
    {
        var ct = TestContext.Current.CancellationToken;
        using var temp = await TempDatabase.MigratedAsync();
        await using var db = temp.NewContext();

        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(ct));
        await db.Database.MigrateAsync(ct); // as the host's start does (StartupTasks)
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(ct));
        Assert.Equal(0, await db.Users.CountAsync(ct));
        Assert.Equal(0, await db.AuditEntries.CountAsync(ct));
    }

    [Fact]
    public void The_SQLite_model_has_no_changes_missing_from_its_migrations()
    {
        using var temp = new TempDatabase();
        using var db = temp.NewContext();

        Assert.False(db.Database.HasPendingModelChanges(), "run: dotnet ef migrations add <Name> --project src/GosZakup.Console.Migrations.Sqlite");
    }

    [Fact]
    public void The_SQL_Server_model_has_no_changes_missing_from_its_migrations()
    {
        using var db = SqlServerContext();

        Assert.False(db.Database.HasPendingModelChanges(), "run: dotnet ef migrations add <Name> --project src/GosZakup.Console.Migrations.SqlServer");
    }

    /// <summary>A retrying strategy refuses the transactions the audit writer opens on every audited save.</summary>
    [Fact]
    public void SQL_Server_saves_are_not_run_under_a_retrying_strategy_that_refuses_the_audit_writer_s_transaction()
    {
        using var db = SqlServerContext();

        Assert.False(db.Database.CreateExecutionStrategy().RetriesOnFailure);
    }

    [Fact]
    public void The_idempotent_SQL_Server_migration_script_parses_as_T_SQL()
    {
        using var db = SqlServerContext();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        parser.Parse(reader, out var errors);

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"line {e.Line}: {e.Message}")));
        Assert.Contains("CREATE TABLE [AuditEntries]", script);
        Assert.Contains("CREATE TABLE [DataProtectionKeys]", script);
        Assert.Contains("IF NOT EXISTS", script);
    }

    [Fact]
    public void On_SQL_Server_the_audit_chain_tail_is_read_under_an_update_range_lock_that_parses_as_T_SQL()
    {
        using var db = SqlServerContext();
        var sql = AuditWriter.Tail(db).Select(a => new { a.Sequence, a.Hash }).Take(1).ToQueryString();

        Assert.Contains("WITH (UPDLOCK, HOLDLOCK)", sql);
        new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(sql), out var errors);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"line {e.Line}: {e.Message}")) + "\n" + sql);
    }

    [Fact]
    public async Task Instants_come_back_from_the_database_as_UTC()
    {
        using var temp = await TempDatabase.MigratedAsync();
        await using (var db = temp.NewContext())
        {
            db.Users.Add(new() { UserName = "utc@test.kz", Email = "utc@test.kz", CreatedAtUtc = new DateTime(2026, 11, 20, 7, 10, 0, DateTimeKind.Utc) });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var reader = temp.NewContext();
        var user = await reader.Users.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(DateTimeKind.Utc, user.CreatedAtUtc.Kind);
        Assert.Equal(new DateTime(2026, 11, 20, 7, 10, 0, DateTimeKind.Utc), user.CreatedAtUtc);
    }
}
