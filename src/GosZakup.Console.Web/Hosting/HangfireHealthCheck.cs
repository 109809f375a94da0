using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GosZakup.Console.Web.Hosting;

/// <summary>Healthy when the job storage answers and lists at least one server (Hangfire removes servers
/// whose heartbeat stopped, by its own clock).</summary>
public sealed class HangfireHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            var servers = storage.GetMonitoringApi().Servers().Count;
            var data = new Dictionary<string, object> { ["servers"] = servers };
            return Task.FromResult(servers > 0
                ? HealthCheckResult.Healthy($"{servers} Hangfire server(s) running", data)
                : HealthCheckResult.Unhealthy("No Hangfire server is running", data: data));
        }
        catch (Exception e)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Hangfire storage does not answer", e));
        }
    }
}
