using GosZakup.Console.Web.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GosZakup.Console.Web.Tests;

/// <summary>Which database errors are answered 503 "busy, try again" rather than as a fault.</summary>
public class DatabaseBusyMappingTests
{
    private static PostgresException PostgreSql(string sqlState) => new("refused", "ERROR", "ERROR", sqlState);

    [Theory]
    [InlineData("55P03")] // lock_not_available
    [InlineData("40001")] // serialization_failure
    [InlineData("40P01")] // deadlock_detected
    [InlineData("53300")] // too_many_connections
    public void PostgreSQL_lock_serialization_deadlock_and_connection_limits_are_busy_even_wrapped_by_EF(string sqlState)
    {
        Assert.True(DatabaseBusy.IsBusy(PostgreSql(sqlState)));
        Assert.True(DatabaseBusy.IsBusy(new DbUpdateException("save failed", PostgreSql(sqlState))));
    }

    [Theory]
    [InlineData("23505")] // unique_violation: a fault of the data, not a wait
    [InlineData("22001")] // string_data_right_truncation
    [InlineData("42P01")] // undefined_table
    public void Other_PostgreSQL_errors_are_not_busy(string sqlState) =>
        Assert.False(DatabaseBusy.IsBusy(new DbUpdateException("save failed", PostgreSql(sqlState))));

    [Theory]
    [InlineData(5, true)]  // SQLITE_BUSY
    [InlineData(6, true)]  // SQLITE_LOCKED
    [InlineData(19, false)] // SQLITE_CONSTRAINT
    public void SQLite_busy_and_locked_are_busy_and_other_errors_are_not(int code, bool busy) =>
        Assert.Equal(busy, DatabaseBusy.IsBusy(new DbUpdateException("save failed", new SqliteException("refused", code))));
}
