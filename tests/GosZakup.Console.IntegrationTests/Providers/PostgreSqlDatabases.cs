using GosZakup.Console.Infrastructure.Persistence;
using Npgsql;

namespace GosZakup.Console.IntegrationTests.Providers;

/// <summary>PostgreSQL from <c>GOSZAKUP_TEST_POSTGRES</c> (CI starts a cluster with tests/postgres-cluster). The run migrates
/// one template database; each test gets <c>CREATE DATABASE … TEMPLATE</c> of it, dropped afterwards.</summary>
public sealed class PostgreSqlDatabases : ProviderDatabases
{
    public const string Variable = "GOSZAKUP_TEST_POSTGRES";

    private const string Hint = $"set {Variable}, e.g. eval \"$(tests/postgres-cluster start)\"";

    /// <summary>This run's template: two runs on one server never share (or drop) each other's.</summary>
    private readonly string template = $"goszakup_template_{Environment.ProcessId}_{Guid.NewGuid().ToString("N")[..8]}";

    private bool templateCreated;

    private static string Server()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
            ProviderAvailability.Missing($"{Variable} is not set", Hint);
        return server!;
    }

    private static string On(string server, string database, bool pooling = true) =>
        new NpgsqlConnectionStringBuilder(server) { Database = database, Pooling = pooling }.ConnectionString;

    public override Task<ProviderDatabase> CreateEmptyAsync(CancellationToken ct) => CreateAsync(null, ct);

    protected override async Task PrepareTemplateAsync(CancellationToken ct)
    {
        var server = Server();
        // A template left by a first attempt that failed half-way is made again.
        await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {template} WITH (FORCE)", ct);
        await ExecuteAsync(server, $"CREATE DATABASE {template}", ct);
        templateCreated = true;
        // No pooling: a connection left open to the template would refuse every CREATE DATABASE … TEMPLATE.
        await using var database =
            new ProviderDatabase(new DatabaseSettings(DatabaseProvider.PostgreSql, On(server, template, pooling: false)), () => ValueTask.CompletedTask);
        await MigrateAsync(database, ct);
    }

    protected override Task<ProviderDatabase> CopyTemplateAsync(CancellationToken ct) => CreateAsync(template, ct);

    private static async Task<ProviderDatabase> CreateAsync(string? from, CancellationToken ct)
    {
        var server = Server();
        var name = "goszakup_t_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(server, from is null ? $"CREATE DATABASE {name}" : $"CREATE DATABASE {name} TEMPLATE {from}", ct);
        var connection = On(server, name);
        return new ProviderDatabase(new DatabaseSettings(DatabaseProvider.PostgreSql, connection), async () =>
        {
            NpgsqlConnection.ClearPool(new NpgsqlConnection(connection));
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)", CancellationToken.None);
        });
    }

    private static async Task ExecuteAsync(string server, string sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(ct);
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException)
        {
            ProviderAvailability.Missing($"the PostgreSQL server in {Variable} does not answer ({e.Message})", Hint);
        }
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    public override async ValueTask DisposeAsync()
    {
        if (templateCreated)
            await ExecuteAsync(Server(), $"DROP DATABASE IF EXISTS {template} WITH (FORCE)", CancellationToken.None);
    }
}
