namespace GosZakup.Console.Infrastructure.Persistence;

public enum DatabaseProvider
{
    /// <summary>The embedded default: one file under the data folder, created and migrated at start.</summary>
    Sqlite,

    /// <summary>Production: EF Core and Hangfire both on SQL Server.</summary>
    SqlServer,

    /// <summary>Production: EF Core and Hangfire both on PostgreSQL (the server database CI runs the tests on).</summary>
    PostgreSql,
}

/// <summary>Configuration section <c>Database</c>: <c>Provider</c> (Sqlite | SqlServer | PostgreSql) and <c>ConnectionString</c>.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string SqliteMigrationsAssembly = "GosZakup.Console.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "GosZakup.Console.Migrations.SqlServer";
    public const string PostgreSqlMigrationsAssembly = "GosZakup.Console.Migrations.PostgreSql";

    /// <summary><c>Database:BusyTimeoutSeconds</c>: how long a SQLite write waits for another writer's lock before it
    /// fails (and the request is answered "busy, try again"). Microsoft.Data.Sqlite's own default is 30 s.</summary>
    public int BusyTimeoutSeconds { get; init; } = DefaultBusyTimeoutSeconds;

    public const int DefaultBusyTimeoutSeconds = 5;

    public string MigrationsAssembly => Provider switch
    {
        DatabaseProvider.SqlServer => SqlServerMigrationsAssembly,
        DatabaseProvider.PostgreSql => PostgreSqlMigrationsAssembly,
        _ => SqliteMigrationsAssembly,
    };

    public static DatabaseSettings SqliteIn(string dataFolder) =>
        new(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(dataFolder, "console.db")}");
}
