using System.Data.Common;
using System.Diagnostics;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace GosZakup.Console.LoadRun;

/// <summary>Listens to EF Core's diagnostic events (no change to the app's context) to print the SQL a query sends,
/// then asks the database for its plan with the same parameter values (SQLite's EXPLAIN QUERY PLAN, PostgreSQL's EXPLAIN ANALYZE).</summary>
public sealed class SqlCapture : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly List<(string Sql, List<(string Name, object? Value)> Parameters)> commands = [];
    private readonly List<IDisposable> subscriptions = [];
    private readonly IDisposable all;

    public SqlCapture() => all = DiagnosticListener.AllListeners.Subscribe(this);

    public bool Enabled { get; set; }

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name) lock (subscriptions) subscriptions.Add(listener.Subscribe(this));
    }

    public void OnNext(KeyValuePair<string, object?> e)
    {
        if (!Enabled || e.Key != RelationalEventId.CommandExecuting.Name || e.Value is not CommandEventData data) return;
        var parameters = data.Command.Parameters.Cast<System.Data.Common.DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList();
        lock (commands) commands.Add((data.Command.CommandText, parameters));
    }

    public async Task PrintAsync(DatabaseSettings settings)
    {
        List<(string Sql, List<(string Name, object? Value)> Parameters)> taken;
        lock (commands) { taken = [.. commands]; commands.Clear(); }
        var postgres = settings.Provider == DatabaseProvider.PostgreSql;
        await using DbConnection connection = postgres ? new NpgsqlConnection(settings.ConnectionString) : new SqliteConnection(settings.ConnectionString);
        await connection.OpenAsync();
        foreach (var (sql, parameters) in taken)
        {
            System.Console.WriteLine("```sql");
            System.Console.WriteLine(sql);
            foreach (var (name, value) in parameters) System.Console.WriteLine($"-- {name} = {value}");
            System.Console.WriteLine("```");
            await using var explain = connection.CreateCommand();
            explain.CommandText = (postgres ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN QUERY PLAN ") + sql;
            foreach (var (name, value) in parameters)
            {
                var parameter = explain.CreateParameter();
                (parameter.ParameterName, parameter.Value) = (name, value ?? DBNull.Value);
                explain.Parameters.Add(parameter);
            }
            await using var reader = await explain.ExecuteReaderAsync();
            while (await reader.ReadAsync()) System.Console.WriteLine($"    plan: {reader.GetString(postgres ? 0 : 3)}");
        }
    }

    public void OnCompleted() { }
    public void OnError(Exception error) { }

    public void Dispose()
    {
        all.Dispose();
        lock (subscriptions) subscriptions.ForEach(s => s.Dispose());
    }
}
