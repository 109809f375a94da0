using GosZakup.Console.Infrastructure.Jobs;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.IntegrationTests;

public class JobsTests(ConsoleFactory factory)
{
    [Fact]
    public void The_nightly_audit_check_is_registered_as_a_recurring_job()
    {
        using var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection();

        var jobs = connection.GetRecurringJobs();

        Assert.Contains(jobs, j => j.Id == VerifyAuditChainJob.RecurringId && j.Cron == "15 3 * * *");
    }

    [Fact]
    public async Task The_audit_check_job_finds_the_seeded_chain_intact()
    {
        await using var scope = factory.Services.CreateAsyncScope();

        var report = await scope.ServiceProvider.GetRequiredService<VerifyAuditChainJob>().RunAsync(TestContext.Current.CancellationToken);

        Assert.True(report.IsIntact);
        Assert.True(report.VerifiedRows > 0);
    }
}
