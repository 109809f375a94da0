using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GosZakup.Console.Web.Features.QuarterlyReport;

/// <summary>What the quarterly report to the Working Group (R2 §27) adds to the host: its content, the build job, the
/// signature, the downloads and the demo report.</summary>
[UsesFeatures(typeof(Acts.ActsRegistration), typeof(Journal.JournalRegistration), typeof(LongJobs.LongJobsRegistration),
    typeof(SecurityReturns.SecurityReturnsRegistration))]
public static class QuarterlyReportRegistration
{
    public static IServiceCollection AddQuarterlyReport(this IServiceCollection services)
    {
        services.TryAddScoped<Journal.JournalQuery>();
        return services.AddScoped<QuarterlyReportBuilder>().AddKeyedScoped<LongJobs.ILongJob, QuarterlyReportJob>(QuarterlyReportJob.Kind)
            .AddScoped<QuarterlyReportCommands>().AddScoped<QuarterlyReportQuery>();
    }

    public static void MapQuarterlyReportEndpoints(IEndpointRouteBuilder app) => QuarterlyReportEndpoints.MapQuarterlyReportEndpoints(app);

    public static Task SeedDemoAsync(IServiceProvider services, string usersFile, CancellationToken ct) =>
        DemoQuarterlyReport.SeedAsync(services, usersFile, ct);
}
