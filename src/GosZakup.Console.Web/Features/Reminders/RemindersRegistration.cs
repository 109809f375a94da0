using Hangfire;

namespace GosZakup.Console.Web.Features.Reminders;

/// <summary>What the Reminders feature adds to the host: services, endpoints, recurring jobs and demo data.</summary>
[UsesFeatures(typeof(MailTemplates.MailTemplatesRegistration))]
public static class RemindersRegistration
{
    public static IServiceCollection AddReminders(this IServiceCollection services) => services
        .AddSingleton<NotificationCenter>()
        .AddSingleton(sp => ReminderLimits.From(sp.GetRequiredService<IConfiguration>()))
        .AddScoped<NotificationService>()
        .AddScoped<ReminderJob>()
        .AddScoped<DemoNotifications>();

    public static IEndpointRouteBuilder MapReminderEndpoints(this IEndpointRouteBuilder app) => app;

    public static void ScheduleJobs(IRecurringJobManager jobs, IServiceProvider services) => ReminderJob.Schedule(jobs);

    /// <summary>Development only: the demo data of this feature, after the demo users and appeals.</summary>
    public static Task SeedDemoAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<DemoNotifications>().SeedAsync(ct);
}
