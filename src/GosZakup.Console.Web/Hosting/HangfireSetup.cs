using GosZakup.Console.Infrastructure.Jobs;
using GosZakup.Console.Infrastructure.Mail;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Security;
using Hangfire;
using Hangfire.Dashboard;
using Hangfire.InMemory;
using Hangfire.PostgreSql;

namespace GosZakup.Console.Web.Hosting;

/// <summary>Hangfire: in-memory storage by default, SQL Server or PostgreSQL storage in production (their distributed
/// locks keep each job single across instances). The database stays the source of truth.</summary>
public static class HangfireSetup
{
    public static void AddConsoleJobs(this IServiceCollection services, DatabaseSettings database, IConfiguration config)
    {
        services.AddHangfire(hangfire =>
        {
            hangfire.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (database.Provider == DatabaseProvider.SqlServer)
                hangfire.UseSqlServerStorage(database.ConnectionString);
            else if (database.Provider == DatabaseProvider.PostgreSql)
                hangfire.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(database.ConnectionString),
                    new PostgreSqlStorageOptions { PrepareSchemaIfNecessary = true }); // its own "hangfire" schema, made at start
            else
                hangfire.UseInMemoryStorage(new InMemoryStorageOptions { IdType = InMemoryStorageIdType.Long });
        });
        services.AddHangfireServer(server =>
        {
            server.WorkerCount = config.GetValue("Jobs:WorkerCount", 2);
            server.TimeZoneResolver = new Features.Extensions.AstanaJobZone();
        });
        services.AddScoped<VerifyAuditChainJob>();
    }

    public static void ScheduleRecurringJobs(this IServiceProvider services)
    {
        var recurring = services.GetRequiredService<IRecurringJobManager>();
        recurring.AddOrUpdate<VerifyAuditChainJob>(VerifyAuditChainJob.RecurringId, job => job.RunAsync(CancellationToken.None), "15 3 * * *",
            new RecurringJobOptions { TimeZone = Features.Extensions.AstanaJobZone.Instance });
        SendOutboxJob.Schedule(recurring);
        Features.Mailbox.MailboxIntakeJob.Schedule(recurring, services.GetRequiredService<MailSettings>());
        Features.Incidents.IncidentsRegistration.ScheduleJobs(recurring, services);
        Features.Announcements.AnnouncementsRegistration.ScheduleJobs(recurring, services);
        Features.Reminders.RemindersRegistration.ScheduleJobs(recurring, services);
        Features.Extensions.ExtensionsRegistration.ScheduleJobs(recurring, services);
        Features.PlannedWorks.PlannedWorksRegistration.ScheduleJobs(recurring, services);
        Features.DailyAnalysis.DailyAnalysisRegistration.ScheduleJobs(recurring, services);
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
            TimeZoneResolver = new Features.Extensions.AstanaJobZone(),
        }).RequireAuthorization(Policies.Admin);

    private sealed class AdminOnlyDashboardFilter : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => Policies.Allows(Policies.Admin, context.GetHttpContext().User);
    }
}
