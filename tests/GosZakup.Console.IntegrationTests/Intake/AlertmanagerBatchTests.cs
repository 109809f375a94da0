using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.IntegrationTests.Intake;

/// <summary>Issue 17: one bad alert in an Alertmanager batch stored the earlier ones, dropped the later ones and
/// answered 400, which Alertmanager does not resend. Now every good alert is stored and the bad ones are listed;
/// a storage failure answers 503 (resent whole) and a resent batch doubles nothing; and one alert rule's
/// repeats join the appeal it opened (a monitoring storm).</summary>
public class AlertmanagerBatchTests(ConsoleFactory factory)
{
    private const string DevKey = "dev-only-goszakup-console-key"; // appsettings.Development.json
    private const string Path = "/api/v1/integrations/alertmanager";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Client()
    {
        var client = factory.NewClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", DevKey);
        return client;
    }

    private static string Fingerprint() => Guid.NewGuid().ToString("N")[..16];

    private static object Firing(string? fingerprint, DateTimeOffset? startsAt, string alertname = "PortalDown", string status = "firing") => new
    {
        status, fingerprint, startsAt,
        labels = new Dictionary<string, string> { ["alertname"] = alertname, ["instance"] = "app-node-" + fingerprint },
    };

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(params object[] alerts)
    {
        var response = await Client().PostAsJsonAsync(Path, new { status = "firing", alerts }, Ct);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.Clone());
    }

    private async Task<List<AppealRecord>> AppealsOfAsync(string fingerprint)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<AppealRecord>().AsNoTracking()
            .Where(a => a.IdempotencyKey!.StartsWith("am:" + fingerprint)).ToListAsync(Ct);
    }

    [Fact]
    public async Task A_batch_with_bad_alerts_stores_every_good_one_and_lists_the_bad_ones_with_reasons()
    {
        var (good1, good2) = (Fingerprint(), Fingerprint());
        var start = DateTimeOffset.UtcNow.AddMinutes(-5);

        var (status, body) = await PostAsync(
            Firing(good1, start), Firing(null, start), Firing(good2, start), Firing(Fingerprint(), null), Firing(Fingerprint(), start, status: "pending"));

        Assert.Equal(HttpStatusCode.Accepted, status); // 2xx: Alertmanager must not resend what resending cannot mend
        Assert.Equal(2, body.GetProperty("opened").GetInt32());
        var rejected = body.GetProperty("rejected").EnumerateArray().ToList();
        Assert.Equal([1, 3, 4], rejected.Select(r => r.GetProperty("index").GetInt32()));
        Assert.All(rejected, r => Assert.NotEmpty(r.GetProperty("reasons").EnumerateArray()));
        Assert.Single(await AppealsOfAsync(good1));
        Assert.Single(await AppealsOfAsync(good2)); // after a bad alert: stored, not dropped
    }

    [Fact]
    public async Task Repeats_of_one_alert_join_its_open_appeal_counted_once_each_however_often_resent()
    {
        var fingerprint = Fingerprint();
        var first = DateTimeOffset.UtcNow.AddMinutes(-30);
        await PostAsync(Firing(fingerprint, first));

        var (_, again) = await PostAsync(Firing(fingerprint, first.AddMinutes(10)), Firing(fingerprint, first.AddMinutes(20)));
        var (_, resent) = await PostAsync(Firing(fingerprint, first.AddMinutes(20)), Firing(fingerprint, first));

        Assert.Equal((0, 2), (again.GetProperty("opened").GetInt32(), again.GetProperty("joined").GetInt32()));
        Assert.Equal((0, 0, 2), (resent.GetProperty("opened").GetInt32(), resent.GetProperty("joined").GetInt32(), resent.GetProperty("repeated").GetInt32()));
        var appeal = Assert.Single(await AppealsOfAsync(fingerprint));
        Assert.Equal(fingerprint, appeal.AlertFingerprint);
        Assert.Equal(2, appeal.AlertRepeats);
        Assert.Equal(first.AddMinutes(20).UtcDateTime, appeal.AlertLastStartsAtUtc!.Value, TimeSpan.FromSeconds(1));
        Assert.True(appeal.AlertLastSeenAtUtc > appeal.ReceivedAtUtc);
    }

    [Fact]
    public async Task A_storage_failure_answers_503_and_the_resent_batch_stores_each_alert_once()
    {
        var (before, failing, after) = (Fingerprint(), Fingerprint(), Fingerprint());
        var start = DateTimeOffset.UtcNow.AddMinutes(-5);
        object[] batch = [Firing(before, start), Firing(failing, start, alertname: "DiskFull" + failing), Firing(after, start)];
        var trigger = $"fail_{failing}";
        await ExecuteAsync($"CREATE TRIGGER {trigger} BEFORE INSERT ON Appeals WHEN NEW.Description LIKE 'DiskFull{failing}%' " +
            "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END;");

        var (status, _) = await PostAsync(batch);
        await ExecuteAsync($"DROP TRIGGER {trigger};");
        var (retried, body) = await PostAsync(batch);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status); // Alertmanager resends on 5xx
        Assert.Equal(HttpStatusCode.Accepted, retried);
        Assert.Equal((2, 1), (body.GetProperty("opened").GetInt32(), body.GetProperty("repeated").GetInt32()));
        Assert.Single(await AppealsOfAsync(before));
        Assert.Single(await AppealsOfAsync(failing));
        Assert.Single(await AppealsOfAsync(after));
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={factory.DatabaseFile}");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Ct);
    }
}
