namespace GosZakup.Console.Infrastructure.Persistence;

public enum DatabaseProvider
{
    /// <summary>The embedded default: one file under the data folder, created and migrated at start.</summary>
    Sqlite,

    /// <summary>Production: EF Core and Hangfire both on SQL Server.</summary>
    SqlServer,
}

/// <summary>Configuration section <c>Database</c>: <c>Provider</c> (Sqlite | SqlServer) and <c>ConnectionString</c>.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string SqliteMigrationsAssembly = "GosZakup.Console.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "GosZakup.Console.Migrations.SqlServer";

    public string MigrationsAssembly => Provider == DatabaseProvider.SqlServer ? SqlServerMigrationsAssembly : SqliteMigrationsAssembly;

    public static DatabaseSettings SqliteIn(string dataFolder) =>
        new(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(dataFolder, "console.db")}");
}
