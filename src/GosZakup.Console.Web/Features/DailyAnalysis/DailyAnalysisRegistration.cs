using Hangfire;

namespace GosZakup.Console.Web.Features.DailyAnalysis;

/// <summary>What the daily analysis (R2 §26) adds to the host: the query, the 09:00 job, the page's PDF.</summary>
public static class DailyAnalysisRegistration
{
    public static IServiceCollection AddDailyAnalysis(this IServiceCollection services, IConfiguration config)
    {
        var options = config.GetSection("DailyAnalysis").Get<DailyAnalysisOptions>() ?? new DailyAnalysisOptions();
        if (string.IsNullOrWhiteSpace(options.PublicBaseUrl)) options.PublicBaseUrl = Hosting.PublicSite.From(config).BaseUrl ?? "";
        return services
            .AddSingleton(options)
            .AddScoped<DailyAnalysisQuery>()
            .AddScoped<DailyAnalysisJob>();
    }

    public static IEndpointRouteBuilder MapDailyAnalysisEndpoints(IEndpointRouteBuilder app) => app.MapDailyAnalysisPdf();

    public static void ScheduleJobs(IRecurringJobManager jobs, IServiceProvider services) => DailyAnalysisJob.Schedule(jobs);
}
