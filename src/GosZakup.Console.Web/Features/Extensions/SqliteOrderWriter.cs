using System.Data.Common;
using System.Globalization;
using GosZakup.Console.Infrastructure.Extensions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace GosZakup.Console.Web.Features.Extensions;

/// <summary>Writes a computation's orders to SQLite with prepared statements inside the caller's transaction: a high
/// failure stores 50,000 orders, which EF's change tracker needs seconds for. The values are written as EF writes them
/// (Guids as upper-case text, instants as "yyyy-MM-dd HH:mm:ss.FFFFFFF", enums by name), and EF reads them back.
/// Orders are not audited row by row (see the audit writer), so nothing is lost by going around SaveChanges.</summary>
public static class SqliteOrderWriter
{
    public static async Task WriteAsync(DbContext db, IReadOnlyList<ExtensionOrderRecord> added, IReadOnlyList<ExtensionOrderRecord> changed,
        IReadOnlyList<ExtensionOrderRecord> removed, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Orders are written inside the computation's transaction.");
        await RunAsync(connection, transaction,
            $"INSERT INTO \"ExtensionOrders\" ({string.Join(", ", OrderColumns.All.Select(c => $"\"{c}\""))}) "
                + $"VALUES ({string.Join(", ", OrderColumns.All.Select(c => "$" + c))})",
            OrderColumns.All, added, ct);
        string[] updated =
            ["OldUtc", "NewUtc", "Clause", "State", "CancelsAutoProtocol", "Provisional", "OverrideKind", "OverrideByName", "OverrideReason", "ComputedAtUtc",
                "ApprovedAtUtc", "ApprovedByName", "Version"];
        await RunAsync(connection, transaction,
            $"UPDATE \"ExtensionOrders\" SET {string.Join(", ", updated.Select(c => $"\"{c}\" = ${c}"))} WHERE \"Id\" = $Id", [.. updated, "Id"], changed, ct);
        await RunAsync(connection, transaction, "DELETE FROM \"ExtensionOrders\" WHERE \"Id\" = $Id", ["Id"], removed, ct);
    }

    private static async Task RunAsync(DbConnection connection, DbTransaction transaction, string sql, IReadOnlyList<string> columns,
        IReadOnlyList<ExtensionOrderRecord> orders, CancellationToken ct)
    {
        if (orders.Count == 0) return;
        await using var command = connection.CreateCommand();
        (command.CommandText, command.Transaction) = (sql, transaction);
        var parameters = columns.Select(c =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "$" + c;
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        await command.PrepareAsync(ct);
        foreach (var order in orders)
        {
            for (var i = 0; i < columns.Count; i++)
                parameters[i].Value = Value(order, columns[i]) ?? DBNull.Value;
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static object? Value(ExtensionOrderRecord o, string column) => column switch
    {
        "Id" => Text(o.Id),
        "ProcurementId" => Text(o.ProcurementId),
        "ProcurementNumber" => o.ProcurementNumber,
        "LotId" => o.LotId is { } lot ? Text(lot) : null,
        "LotNumber" => o.LotNumber,
        "Kind" => o.Kind.ToString(),
        "OldUtc" => Text(o.OldUtc),
        "NewUtc" => Text(o.NewUtc),
        "Clause" => o.Clause,
        "SourceKind" => o.SourceKind.ToString(),
        "SourceId" => o.SourceId,
        "State" => o.State.ToString(),
        "CancelsAutoProtocol" => o.CancelsAutoProtocol ? 1 : 0,
        "Provisional" => o.Provisional ? 1 : 0,
        "OverrideKind" => o.OverrideKind?.ToString(),
        "OverrideByName" => o.OverrideByName,
        "OverrideReason" => o.OverrideReason,
        "ComputedAtUtc" => Text(o.ComputedAtUtc),
        "ApprovedAtUtc" => o.ApprovedAtUtc is { } approved ? Text(approved) : null,
        "ApprovedByName" => o.ApprovedByName,
        "AppliedAtUtc" => o.AppliedAtUtc is { } applied ? Text(applied) : null,
        "PublishedAtUtc" => o.PublishedAtUtc is { } published ? Text(published) : null,
        "Cursor" => o.Cursor,
        "Version" => Text(o.Version),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, null),
    };

    private static string Text(Guid id) => id.ToString("D").ToUpperInvariant();

    private static string Text(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
}
