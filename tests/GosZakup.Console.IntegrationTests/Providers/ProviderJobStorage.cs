using GosZakup.Console.Infrastructure.Persistence;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.SqlServer;

namespace GosZakup.Console.IntegrationTests.Providers;

/// <summary>The Hangfire storage the app uses on each provider, as <c>Hosting/HangfireSetup</c> chooses it. HangfireSetup
/// hands its choice to Hangfire's global configuration (which would change the storage of the test host running beside
/// these tests), so the choice is repeated here: keep the two alike.</summary>
internal static class ProviderJobStorage
{
    public static JobStorage For(DatabaseSettings database) => database.Provider switch
    {
        DatabaseProvider.SqlServer => new SqlServerStorage(database.ConnectionString),
        DatabaseProvider.PostgreSql => PostgreSql(database.ConnectionString, new PostgreSqlStorageOptions { PrepareSchemaIfNecessary = true }),
        _ => new InMemoryStorage(new InMemoryStorageOptions { IdType = InMemoryStorageIdType.Long }),
    };

    private static PostgreSqlStorage PostgreSql(string connectionString, PostgreSqlStorageOptions options) =>
        new(new NpgsqlConnectionFactory(connectionString, options), options);
}
