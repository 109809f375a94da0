using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GosZakup.Console.Web.Features.QuarterlyReport;

/// <summary>What the quarterly report (R2 §27) adds to the host: so far the report's contents; its PDF and .xlsx, the
/// signature, the job and the page come next.</summary>
public static class QuarterlyReportRegistration
{
    public static IServiceCollection AddQuarterlyReport(this IServiceCollection services)
    {
        services.TryAddScoped<Journal.JournalQuery>();
        return services.AddScoped<QuarterlyReportBuilder>();
    }
}
