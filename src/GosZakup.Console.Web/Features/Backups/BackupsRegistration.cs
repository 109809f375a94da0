using GosZakup.Console.Infrastructure.Persistence;
using Hangfire;

namespace GosZakup.Console.Web.Features.Backups;

/// <summary>What backups add to the host: the settings, the writer, the backups folder and the nightly job (SQLite only).
/// The restore is a command of the built app (<see cref="RestoreCommand"/>), run before any host is built.</summary>
public static class BackupsRegistration
{
    public static IServiceCollection AddBackups(this IServiceCollection services, IConfiguration config, string dataFolder, DatabaseSettings database) =>
        services
            .AddSingleton(BackupOptions.From(config, dataFolder, database))
            .AddSingleton<BackupWriter>()
            .AddSingleton<BackupShelf>()
            .AddScoped<BackupJob>();

    public static void ScheduleJobs(IRecurringJobManager jobs, IServiceProvider services) =>
        BackupJob.Schedule(jobs, services.GetRequiredService<BackupOptions>());
}
