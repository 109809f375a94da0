using GosZakup.Console.Infrastructure.Jobs;
using GosZakup.Console.Infrastructure.Mail;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Security;
using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.SqlServer;

namespace GosZakup.Console.Web.Hosting;

/// <summary>Hangfire: a SQLite file of its own on the embedded default (<see cref="SqliteJobStorage"/>), SQL Server or PostgreSQL
/// storage in production (their distributed locks keep each job single across instances). The database stays the source of truth.</summary>
public static class HangfireSetup
{
    public static void AddConsoleJobs(this IServiceCollection services, DatabaseSettings database, IConfiguration config, string dataFolder)
    {
        services.AddHangfire(hangfire =>
        {
            hangfire.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            hangfire.UseStorage(StorageFor(database, config, dataFolder));
        });
        services.AddScoped<VerifyAuditChainJob>();
        // 0: this process queues jobs but runs none; they wait in the storage for a process that does.
        var workers = config.GetValue("Jobs:WorkerCount", 2);
        if (workers < 1) return;
        services.AddHangfireServer(server =>
        {
            server.WorkerCount = workers;
            server.TimeZoneResolver = new AstanaJobZone();
        });
    }

    /// <summary>The job storage of each provider; the provider tests open the same to run servers of their own.</summary>
    public static JobStorage StorageFor(DatabaseSettings database, IConfiguration config, string dataFolder)
    {
        switch (database.Provider)
        {
            case DatabaseProvider.SqlServer:
                return new SqlServerStorage(database.ConnectionString);
            case DatabaseProvider.PostgreSql:
                var options = new PostgreSqlStorageOptions { PrepareSchemaIfNecessary = true }; // its own "hangfire" schema, made at start
                return new PostgreSqlStorage(new NpgsqlConnectionFactory(database.ConnectionString, options), options);
            default:
                return SqliteJobStorage.For(config, dataFolder);
        }
    }

    public static void ScheduleRecurringJobs(this IServiceProvider services)
    {
        var recurring = services.GetRequiredService<IRecurringJobManager>();
        recurring.AddOrUpdate<VerifyAuditChainJob>(VerifyAuditChainJob.RecurringId, job => job.RunAsync(CancellationToken.None), "15 3 * * *",
            new RecurringJobOptions { TimeZone = AstanaJobZone.Instance });
        SendOutboxJob.Schedule(recurring);
        Features.Mailbox.MailboxRegistration.ScheduleJobs(recurring, services);
        Features.Reminders.RemindersRegistration.ScheduleJobs(recurring, services);
        Features.Extensions.ExtensionsRegistration.ScheduleJobs(recurring, services);
        Features.PlannedWorks.PlannedWorksRegistration.ScheduleJobs(recurring, services);
        Features.DailyAnalysis.DailyAnalysisRegistration.ScheduleJobs(recurring, services);
        Features.Backups.BackupsRegistration.ScheduleJobs(recurring, services);
    }

    /// <summary>The dashboard at /hangfire, for Admin only: the endpoint policy turns others away, and the
    /// dashboard's own filter checks the role again.</summary>
    public static void MapJobsDashboard(this IEndpointRouteBuilder app) =>
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new AdminOnlyDashboardFilter()],
            AsyncAuthorization = [],
            DashboardTitle = "GosZakup.Console — jobs",
            AppPath = "/",
            TimeZoneResolver = new AstanaJobZone(),
        }).RequireAuthorization(Policies.Admin);

    private sealed class AdminOnlyDashboardFilter : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => Policies.Allows(Policies.Admin, context.GetHttpContext().User);
    }
}
