using GosZakup.Console.Infrastructure.Extensions;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace GosZakup.Console.Web.Features.Extensions;

/// <summary>Writes a computation's orders to PostgreSQL inside the caller's transaction, around EF's change tracker (a high
/// failure stores 50,000 orders): new rows by binary COPY, changed rows by one UPDATE from arrays, removed rows by one
/// DELETE … = ANY(ids). Values are written as EF writes them (uuid, timestamptz in UTC, enums by name), and EF reads them
/// back. Orders are not audited row by row (see the audit writer), so nothing is lost by going around SaveChanges.</summary>
public static class PostgreSqlOrderWriter
{
    public static async Task WriteAsync(DbContext db, IReadOnlyList<ExtensionOrderRecord> added, IReadOnlyList<ExtensionOrderRecord> changed,
        IReadOnlyList<ExtensionOrderRecord> removed, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null) throw new InvalidOperationException("Orders are written inside the computation's transaction.");
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        if (added.Count > 0) await InsertAsync(connection, added, ct);
        if (changed.Count > 0) await UpdateAsync(connection, changed, ct);
        if (removed.Count > 0) await DeleteAsync(connection, removed, ct);
    }

    private static async Task InsertAsync(NpgsqlConnection connection, IReadOnlyList<ExtensionOrderRecord> orders, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            $"COPY \"ExtensionOrders\" ({string.Join(", ", OrderColumns.All.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var o in orders)
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(o.Id, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(o.ProcurementId, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(o.ProcurementNumber, NpgsqlDbType.Varchar, ct);
            await WriteNullableAsync(copy, o.LotId, NpgsqlDbType.Uuid, ct);
            await WriteNullableAsync(copy, o.LotNumber, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(o.Kind.ToString(), NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(Utc(o.OldUtc), NpgsqlDbType.TimestampTz, ct);
            await copy.WriteAsync(Utc(o.NewUtc), NpgsqlDbType.TimestampTz, ct);
            await copy.WriteAsync(o.Clause, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(o.SourceKind.ToString(), NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(o.SourceId, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(o.State.ToString(), NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(o.CancelsAutoProtocol, NpgsqlDbType.Boolean, ct);
            await copy.WriteAsync(o.Provisional, NpgsqlDbType.Boolean, ct);
            await WriteNullableAsync(copy, o.OverrideKind?.ToString(), NpgsqlDbType.Varchar, ct);
            await WriteNullableAsync(copy, o.OverrideByName, NpgsqlDbType.Varchar, ct);
            await WriteNullableAsync(copy, o.OverrideReason, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(Utc(o.ComputedAtUtc), NpgsqlDbType.TimestampTz, ct);
            await WriteNullableAsync(copy, Utc(o.ApprovedAtUtc), NpgsqlDbType.TimestampTz, ct);
            await WriteNullableAsync(copy, o.ApprovedByName, NpgsqlDbType.Varchar, ct);
            await WriteNullableAsync(copy, Utc(o.AppliedAtUtc), NpgsqlDbType.TimestampTz, ct);
            await WriteNullableAsync(copy, Utc(o.PublishedAtUtc), NpgsqlDbType.TimestampTz, ct);
            await WriteNullableAsync(copy, o.Cursor, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(o.Version, NpgsqlDbType.Uuid, ct);
        }
        await copy.CompleteAsync(ct);
    }

    private static async Task UpdateAsync(NpgsqlConnection connection, IReadOnlyList<ExtensionOrderRecord> orders, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("""
            UPDATE "ExtensionOrders" AS o SET
                "OldUtc" = u.old_utc, "NewUtc" = u.new_utc, "Clause" = u.clause, "State" = u.state,
                "CancelsAutoProtocol" = u.cancels, "Provisional" = u.provisional, "OverrideKind" = u.override_kind,
                "OverrideByName" = u.override_by, "OverrideReason" = u.override_reason, "ComputedAtUtc" = u.computed_utc,
                "ApprovedAtUtc" = u.approved_utc, "ApprovedByName" = u.approved_by, "Version" = u.version
            FROM unnest(@id, @old_utc, @new_utc, @clause, @state, @cancels, @provisional, @override_kind, @override_by, @override_reason,
                        @computed_utc, @approved_utc, @approved_by, @version)
                AS u(id, old_utc, new_utc, clause, state, cancels, provisional, override_kind, override_by, override_reason,
                     computed_utc, approved_utc, approved_by, version)
            WHERE o."Id" = u.id
            """, connection);
        Add(command, "id", orders.Select(o => o.Id), NpgsqlDbType.Uuid);
        Add(command, "old_utc", orders.Select(o => Utc(o.OldUtc)), NpgsqlDbType.TimestampTz);
        Add(command, "new_utc", orders.Select(o => Utc(o.NewUtc)), NpgsqlDbType.TimestampTz);
        Add(command, "clause", orders.Select(o => o.Clause), NpgsqlDbType.Varchar);
        Add(command, "state", orders.Select(o => o.State.ToString()), NpgsqlDbType.Varchar);
        Add(command, "cancels", orders.Select(o => o.CancelsAutoProtocol), NpgsqlDbType.Boolean);
        Add(command, "provisional", orders.Select(o => o.Provisional), NpgsqlDbType.Boolean);
        Add(command, "override_kind", orders.Select(o => o.OverrideKind?.ToString()), NpgsqlDbType.Varchar);
        Add(command, "override_by", orders.Select(o => o.OverrideByName), NpgsqlDbType.Varchar);
        Add(command, "override_reason", orders.Select(o => o.OverrideReason), NpgsqlDbType.Varchar);
        Add(command, "computed_utc", orders.Select(o => Utc(o.ComputedAtUtc)), NpgsqlDbType.TimestampTz);
        Add(command, "approved_utc", orders.Select(o => Utc(o.ApprovedAtUtc)), NpgsqlDbType.TimestampTz);
        Add(command, "approved_by", orders.Select(o => o.ApprovedByName), NpgsqlDbType.Varchar);
        Add(command, "version", orders.Select(o => o.Version), NpgsqlDbType.Uuid);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task DeleteAsync(NpgsqlConnection connection, IReadOnlyList<ExtensionOrderRecord> orders, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("""DELETE FROM "ExtensionOrders" WHERE "Id" = ANY(@ids)""", connection);
        Add(command, "ids", orders.Select(o => o.Id), NpgsqlDbType.Uuid);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static void Add<T>(NpgsqlCommand command, string name, IEnumerable<T> values, NpgsqlDbType type) =>
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | type) { Value = values.ToArray() });

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken ct) where T : class =>
        value is null ? copy.WriteNullAsync(ct) : copy.WriteAsync(value, type, ct);

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken ct) where T : struct =>
        value is { } v ? copy.WriteAsync(v, type, ct) : copy.WriteNullAsync(ct);

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    private static DateTime? Utc(DateTime? value) => value is { } v ? Utc(v) : null;
}
