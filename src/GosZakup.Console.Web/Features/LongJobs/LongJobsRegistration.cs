using GosZakup.Console.Infrastructure.Jobs;

namespace GosZakup.Console.Web.Features.LongJobs;

/// <summary>Leases, the runner, the queue and the sweep of long jobs. Settings <c>Jobs:Leases:LeaseSeconds</c> (30),
/// <c>HeartbeatSeconds</c> (5), <c>MaxAttempts</c> (3), <c>SweepSeconds</c> (60) and the test-only
/// <c>StepDelayMilliseconds</c> (0; ignored in Production).</summary>
public static class LongJobsRegistration
{
    public static IServiceCollection AddLongJobs(this IServiceCollection services, IConfiguration config, IHostEnvironment environment)
    {
        services.AddLongJobCore(OptionsFrom(config.GetSection("Jobs:Leases"), environment.IsProduction()));
        services.AddHostedService(provider => provider.GetRequiredService<LongJobSweeper>());
        return services;
    }

    /// <summary>Everything but the hosted sweep loop: what tests that run jobs themselves need.</summary>
    public static IServiceCollection AddLongJobCore(this IServiceCollection services, LongJobOptions? options = null)
    {
        services.AddSingleton(options ?? LongJobOptions.Default);
        services.AddSingleton(LongJobOwner.ThisProcess);
        services.AddScoped<LongJobLeases>();
        services.AddScoped<LongJobRunner>();
        services.AddScoped<LongJobQueue>();
        services.AddSingleton<LongJobSweeper>();
        return services;
    }

    internal static LongJobOptions OptionsFrom(IConfiguration section, bool production)
    {
        var defaults = LongJobOptions.Default;
        var options = new LongJobOptions(
            Seconds(section, "LeaseSeconds", defaults.Lease),
            Seconds(section, "HeartbeatSeconds", defaults.Heartbeat),
            section.GetValue("MaxAttempts", defaults.MaxAttempts),
            Seconds(section, "SweepSeconds", defaults.SweepInterval),
            production ? TimeSpan.Zero : TimeSpan.FromMilliseconds(section.GetValue("StepDelayMilliseconds", 0)));
        if (options.Heartbeat <= TimeSpan.Zero || options.Lease <= options.Heartbeat || options.SweepInterval <= TimeSpan.Zero || options.MaxAttempts < 1)
            throw new InvalidOperationException(
                "Jobs:Leases: HeartbeatSeconds and SweepSeconds must be positive, LeaseSeconds longer than HeartbeatSeconds, and MaxAttempts at least 1.");
        return options;
    }

    private static TimeSpan Seconds(IConfiguration section, string key, TimeSpan fallback) =>
        section[key] is { Length: > 0 } ? TimeSpan.FromSeconds(section.GetValue<double>(key)) : fallback;
}
