using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GosZakup.Console.LoadRun;

/// <summary>Listens to EF Core's diagnostic events (no change to the app's context) to print the SQL a query sends,
/// then asks SQLite for its EXPLAIN QUERY PLAN with the same parameter values.</summary>
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

    public async Task PrintAsync(string connectionString)
    {
        List<(string Sql, List<(string Name, object? Value)> Parameters)> taken;
        lock (commands) { taken = [.. commands]; commands.Clear(); }
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        foreach (var (sql, parameters) in taken)
        {
            System.Console.WriteLine("```sql");
            System.Console.WriteLine(sql);
            foreach (var (name, value) in parameters) System.Console.WriteLine($"-- {name} = {value}");
            System.Console.WriteLine("```");
            await using var explain = connection.CreateCommand();
            explain.CommandText = "EXPLAIN QUERY PLAN " + sql;
            foreach (var (name, value) in parameters) explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
            await using var reader = await explain.ExecuteReaderAsync();
            while (await reader.ReadAsync()) System.Console.WriteLine($"    plan: {reader.GetString(3)}");
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
