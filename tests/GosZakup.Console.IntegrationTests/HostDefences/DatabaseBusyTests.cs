using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace GosZakup.Console.IntegrationTests.HostDefences;

/// <summary>Holding the database's write lock stalls every other test's writes: these run alone.</summary>
[CollectionDefinition(nameof(HeldWriteLock), DisableParallelization = true)]
public sealed class HeldWriteLock;

[Collection(nameof(HeldWriteLock))]
public class DatabaseBusyTests(ConsoleFactory factory)
{
    private const string DevKey = "dev-only-goszakup-console-key"; // appsettings.Development.json
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task While_another_connection_holds_the_write_lock_health_says_the_database_is_degraded()
    {
        await using (await HoldWriteLockAsync())
        {
            var held = await HealthAsync();

            Assert.NotEqual("Healthy", held.GetProperty("status").GetString());
            Assert.Equal("Degraded", held.GetProperty("checks").GetProperty("database-writes").GetProperty("status").GetString());
        }

        var released = await HealthAsync();
        Assert.Equal("Healthy", released.GetProperty("checks").GetProperty("database-writes").GetProperty("status").GetString());
    }

    [Fact]
    public async Task While_the_write_lock_is_held_an_API_write_answers_503_in_words_within_seconds()
    {
        using var client = factory.NewClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", DevKey);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        var appeal = new
        {
            channel = "Monitoring", receivedAt = DateTimeOffset.UtcNow.AddMinutes(-1).ToOffset(TimeSpan.FromHours(5)).ToString("yyyy-MM-dd'T'HH:mm:sszzz"),
            organisation = "ТОО «Ақ Жол»", taxpayerNumber = "080340000123", email = "ops@akzhol.kz", description = "Портал не отвечает",
        };

        HttpResponseMessage response;
        var clock = Stopwatch.StartNew();
        await using (await HoldWriteLockAsync())
            response = await client.PostAsJsonAsync("/api/v1/appeals", appeal, Ct);
        clock.Stop();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"answered after {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal("5", response.Headers.GetValues("Retry-After").Single());
        var body = await response.Content.ReadAsStringAsync(Ct);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal("The database is busy with other changes; nothing was saved. Try again in 5 seconds.", problem.GetProperty("detail").GetString());
        Assert.DoesNotContain("Exception", body);
        Assert.DoesNotContain("SQLite", body, StringComparison.OrdinalIgnoreCase);

        var retried = await client.PostAsJsonAsync("/api/v1/appeals", appeal, Ct);
        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
    }

    private async Task<JsonElement> HealthAsync()
    {
        using var client = factory.NewClient();
        var response = await client.GetAsync("/health", Ct);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.Clone();
    }

    /// <summary>A second connection (a backup tool, a long import) that takes the write lock and keeps it until disposed.</summary>
    private async Task<IAsyncDisposable> HoldWriteLockAsync()
    {
        var connection = new SqliteConnection($"Data Source={factory.DatabaseFile};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE;";
        await begin.ExecuteNonQueryAsync(Ct);
        return new HeldLock(connection);
    }

    private sealed class HeldLock(SqliteConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await using (var rollback = connection.CreateCommand())
            {
                rollback.CommandText = "ROLLBACK;";
                await rollback.ExecuteNonQueryAsync();
            }
            await connection.DisposeAsync();
        }
    }
}
