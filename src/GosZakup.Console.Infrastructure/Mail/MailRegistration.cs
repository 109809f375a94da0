using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GosZakup.Console.Infrastructure.Mail;

public static class MailRegistration
{
    /// <summary>Binds <see cref="MailSettings"/> from the <c>Mail</c> section and registers
    /// <see cref="MailOutbox"/> and <see cref="SendOutboxJob"/>. Schedule the job with
    /// <see cref="SendOutboxJob.Schedule"/> once the Hangfire storage is up.</summary>
    public static IServiceCollection AddConsoleMail(this IServiceCollection services, IConfiguration config)
    {
        var settings = config.GetSection(MailSettings.Section).Get<MailSettings>() ?? new MailSettings();
        services.AddSingleton(settings);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<MailOutbox>();
        services.AddScoped<SendOutboxJob>();
        return services;
    }
}
