using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GosZakup.Console.Infrastructure.Persistence;

/// <summary>Lets SQLite itself wait for a busy write lock (up to 5 s) instead of failing at once and being
/// retried in 150 ms steps: concurrent operators queue for the single writer smoothly.</summary>
internal sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken ct = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout = 5000;";
        await command.ExecuteNonQueryAsync(ct);
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout = 5000;";
        command.ExecuteNonQuery();
    }
}
