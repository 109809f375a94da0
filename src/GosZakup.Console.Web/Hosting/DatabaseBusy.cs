using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Resources;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Localization;
using Npgsql;

namespace GosZakup.Console.Web.Hosting;

/// <summary>While another connection holds the SQLite write lock (a backup tool, a long import), writes wait at most
/// <c>Database:BusyTimeoutSeconds</c> and then fail (on PostgreSQL: a lock not available, a serialization failure, a deadlock
/// or no free connection); the request is answered in words: 503 with <c>Retry-After</c> and
/// problem details for the API, the "busy, try again" status page for people. Never a stack trace.</summary>
public static class DatabaseBusy
{
    public const int RetryAfterSeconds = 5;

    public static int TimeoutFrom(IConfiguration config)
    {
        var seconds = config.GetValue("Database:BusyTimeoutSeconds", DatabaseSettings.DefaultBusyTimeoutSeconds);
        return seconds is >= 1 and <= 300 ? seconds
            : throw new InvalidOperationException($"Database:BusyTimeoutSeconds is {seconds}; use a whole number of seconds from 1 to 300 " +
                $"(default {DatabaseSettings.DefaultBusyTimeoutSeconds}).");
    }

    /// <summary>PostgreSQL's answers that mean "another transaction is in the way, the same request may succeed soon":
    /// lock_not_available, serialization_failure, deadlock_detected, too_many_connections.</summary>
    private static readonly HashSet<string> PostgreSqlBusyStates =
    [
        PostgresErrorCodes.LockNotAvailable, PostgresErrorCodes.SerializationFailure, PostgresErrorCodes.DeadlockDetected,
        PostgresErrorCodes.TooManyConnections,
    ];

    /// <summary>SQLITE_BUSY (5) or SQLITE_LOCKED (6), or one of <see cref="PostgreSqlBusyStates"/>, anywhere in the chain
    /// (EF wraps it in DbUpdateException).</summary>
    public static bool IsBusy(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
            if (e is SqliteException { SqliteErrorCode: 5 or 6 } || (e is PostgresException pg && PostgreSqlBusyStates.Contains(pg.SqlState))) return true;
        return false;
    }

    public static IApplicationBuilder UseDatabaseBusyAnswers(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (IsBusy(e) && !context.Response.HasStarted)
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseBusy).FullName!)
                .LogWarning("A write found the database locked by another connection: {Path} answered 503", context.Request.Path);
            await AnswerAsync(context);
        }
    });

    private static async Task AnswerAsync(HttpContext context)
    {
        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!context.Request.Path.StartsWithSegments("/api")) return; // the status pages render /status/503 in the reader's language
        var l = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        await Results.Problem(l["Api.DatabaseBusy", RetryAfterSeconds], statusCode: StatusCodes.Status503ServiceUnavailable, title: l["Status.503.Title"])
            .ExecuteAsync(context);
    }
}

/// <summary>Degraded while a write cannot take the SQLite write lock within a second: writes are waiting or failing
/// even though reads (and the plain connection check) still answer.</summary>
public sealed class DatabaseWritesHealthCheck(DatabaseSettings settings) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        if (settings.Provider != DatabaseProvider.Sqlite) return HealthCheckResult.Healthy("Not checked on a server database");
        // Its own unpooled connection: a pooled one may carry the app's longer busy timeout.
        var connectionString = new SqliteConnectionStringBuilder(settings.ConnectionString) { Pooling = false, DefaultTimeout = 1 }.ToString();
        try
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandTimeout = 1;
            command.CommandText = "BEGIN IMMEDIATE; ROLLBACK;";
            await command.ExecuteNonQueryAsync(ct);
            return HealthCheckResult.Healthy("A write can take the database's write lock");
        }
        catch (SqliteException e) when (DatabaseBusy.IsBusy(e))
        {
            return HealthCheckResult.Degraded("The database is locked by another connection: writes wait and then fail with 503 until it is released");
        }
    }
}
