using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GosZakup.Console.Infrastructure.Persistence;

/// <summary>Lets SQLite itself wait for a busy write lock instead of failing at once and being retried in 150 ms
/// steps: concurrent operators queue for the single writer smoothly. The wait is bounded by
/// <see cref="DatabaseSettings.BusyTimeoutSeconds"/> everywhere it happens (SQLite's busy handler, Microsoft.Data.Sqlite's
/// retry loop for commands and for the implicit BEGIN), so a write under a held lock fails in seconds, not 30.</summary>
internal sealed class SqliteBusyTimeout(int seconds) : DbConnectionInterceptor
{
    private string Pragma => $"PRAGMA busy_timeout = {seconds * 1000};";

    /// <summary>The connection string with its implicit commands' timeout (BEGIN of a transaction) set to the same bound.</summary>
    public static string Apply(string connectionString, int seconds) =>
        new SqliteConnectionStringBuilder(connectionString) { DefaultTimeout = seconds }.ToString();

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken ct = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(ct);
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }
}
