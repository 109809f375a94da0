using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.Data.SqlClient;

namespace GosZakup.Console.IntegrationTests.Providers;

/// <summary>SQL Server from <c>GOSZAKUP_TEST_SQLSERVER</c> (a connection string to a server where the login may create
/// databases). No SQL Server can run on the CI machines, so without the variable these tests skip, in CI too: a skip, never
/// counted as passed. Each test's database is created and migrated afresh (SQL Server has no template databases).</summary>
public sealed class SqlServerDatabases : ProviderDatabases
{
    public const string Variable = "GOSZAKUP_TEST_SQLSERVER";

    private static string Server()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
            ProviderAvailability.Missing($"{Variable} is not set",
                $"set {Variable} to a SQL Server connection string whose login may create databases, " +
                "e.g. \"Server=127.0.0.1;User Id=sa;Password=...;TrustServerCertificate=True\"",
                failInCi: false);
        return server!;
    }

    public override async Task<ProviderDatabase> CreateEmptyAsync(CancellationToken ct)
    {
        var server = Server();
        var name = "goszakup_t_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(server, $"CREATE DATABASE [{name}]", ct);
        var connection = new SqlConnectionStringBuilder(server) { InitialCatalog = name }.ConnectionString;
        return new ProviderDatabase(new DatabaseSettings(DatabaseProvider.SqlServer, connection), async () =>
        {
            SqlConnection.ClearPool(new SqlConnection(connection));
            await ExecuteAsync(server, $"ALTER DATABASE [{name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{name}]", CancellationToken.None);
        });
    }

    protected override Task PrepareTemplateAsync(CancellationToken ct) => Task.CompletedTask;

    protected override async Task<ProviderDatabase> CopyTemplateAsync(CancellationToken ct)
    {
        var database = await CreateEmptyAsync(ct);
        await MigrateAsync(database, ct);
        return database;
    }

    private static async Task ExecuteAsync(string server, string sql, CancellationToken ct)
    {
        await using var connection = new SqlConnection(new SqlConnectionStringBuilder(server) { InitialCatalog = "master", Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(ct);
        }
        catch (SqlException e)
        {
            ProviderAvailability.Missing($"the SQL Server in {Variable} does not answer ({e.Message})", $"check {Variable}", failInCi: false);
        }
        await using var command = new SqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}
