using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Web.Features.Backups;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.IntegrationTests.Backups;

public class NightlyBackupJobTests(ConsoleFactory factory)
{
    [Fact]
    public void The_nightly_backup_is_a_recurring_job_at_02_30_Astana_time()
    {
        using var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection();

        var job = connection.GetRecurringJobs().Single(j => j.Id == BackupJob.RecurringId);

        Assert.Equal(("30 2 * * *", AstanaTime.ZoneId), (job.Cron, job.TimeZoneId));
    }

    [Fact]
    public async Task The_job_backs_up_the_running_console_into_the_backups_folder_of_its_data_folder()
    {
        await using var scope = factory.Services.CreateAsyncScope();

        var made = await scope.ServiceProvider.GetRequiredService<BackupJob>().RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(Path.Combine(factory.DataFolder, "backups", made.Name), made.Path);
        Assert.Empty(await BackupManifest.TryRead(made.Path)!.ProblemsAsync(made.Path, TestContext.Current.CancellationToken));
    }
}
