using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GosZakup.Console.Infrastructure.Integrations;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.IntegrationTests.Intake;

/// <summary>Issue 17: an API flood took the desk down. The appeal API and the Alertmanager webhook are limited per
/// API key (RateLimits:AppealsPerMinute, RateLimits:AlertmanagerPerMinute); past the limit the caller gets 429 with
/// Retry-After and a problem-details body, and another key is not affected. (A request without a key in force is
/// limited by its client address; the test host has no addresses, so that is not tested here.)</summary>
public class ApiRateLimitTests(ConsoleFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> IssueKeyAsync(string name)
    {
        var (key, record) = ApiKeyRecord.Issue(name, "admin@demo.kz", DateTime.UtcNow);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Set<ApiKeyRecord>().Add(record);
        await db.SaveChangesAsync(Ct);
        return key;
    }

    private HttpClient Client(string key)
    {
        var client = factory.NewClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private int Limit(string setting) => factory.Services.GetRequiredService<IConfiguration>().GetValue<int>($"RateLimits:{setting}");

    [Theory]
    [InlineData("/api/v1/appeals", "AppealsPerMinute")]
    [InlineData("/api/v1/integrations/alertmanager", "AlertmanagerPerMinute")]
    public async Task Past_its_limit_a_key_gets_429_with_Retry_After_and_another_key_is_not_affected(string path, string setting)
    {
        var flooder = Client(await IssueKeyAsync("flooder " + setting));
        var neighbour = Client(await IssueKeyAsync("neighbour " + setting));
        var limit = Limit(setting);
        Assert.InRange(limit, 1, 1000);
        // Empty bodies: the appeal API refuses them (400) and the webhook stores nothing (202), but each counts.
        object body = new { alerts = Array.Empty<object>() };
        // A key's first request is checked against the store; from then on the limiter knows it as a key in force.
        await flooder.PostAsJsonAsync(path, body, Ct);
        await neighbour.PostAsJsonAsync(path, body, Ct);

        for (var i = 0; i < limit; i++)
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await flooder.PostAsJsonAsync(path, body, Ct)).StatusCode);
        var refused = await flooder.PostAsJsonAsync(path, body, Ct);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta is { } wait && wait > TimeSpan.Zero && wait <= TimeSpan.FromMinutes(1),
            $"Retry-After: {refused.Headers.RetryAfter}");
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));

        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await neighbour.PostAsJsonAsync(path, body, Ct)).StatusCode);
    }
}
