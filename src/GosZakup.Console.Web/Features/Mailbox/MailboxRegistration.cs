using GosZakup.Console.Infrastructure.Mail;
using Hangfire;

namespace GosZakup.Console.Web.Features.Mailbox;

/// <summary>What the Mailbox feature adds to the host: the job that turns the support mailbox's letters into appeals.</summary>
[UsesFeatures(typeof(Inbox.InboxRegistration))]
public static class MailboxRegistration
{
    public static IServiceCollection AddMailbox(this IServiceCollection services) => services
        .AddScoped<MailboxIntakeJob>();

    public static void ScheduleJobs(IRecurringJobManager jobs, IServiceProvider services) =>
        MailboxIntakeJob.Schedule(jobs, services.GetRequiredService<MailSettings>());
}
