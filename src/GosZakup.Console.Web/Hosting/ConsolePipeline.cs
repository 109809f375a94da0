using System.Net;
using System.Text.Json;
using GosZakup.Console.Web.Components;
using GosZakup.Console.Web.Features.Account;
using GosZakup.Console.Web.Features.Acts.Verification;
using GosZakup.Console.Web.Features.Calendar;
using GosZakup.Console.Web.Features.Inbox;
using GosZakup.Console.Web.Features.Journal;
using GosZakup.Console.Web.Features.Obligations;
using GosZakup.Console.Web.Localization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace GosZakup.Console.Web.Hosting;

public static class ConsolePipeline
{
    public static WebApplication UseConsolePipeline(this WebApplication app)
    {
        app.UseTrustedProxyHeaders();

        app.UseSecurityHeaders(SecurityHeaders.Policy(app.Environment.IsDevelopment()));
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/status/500", createScopeForErrors: true);
        // Operators on the LAN reach the console by name; only loopback stays on plain HTTP.
        app.UseWhen(context => !IsLoopback(context), branch => branch.UseHttpsRedirection());
        // People get the localized status page; API callers get problem details (RFC 9457) instead.
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.Use((context, next) =>
        {
            if (IsApi(context) && context.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
            return next(context);
        });
        app.UseWhen(IsApi, api => api.UseStatusCodePages());

        app.UseRequestLocalization();
        app.UseHostDefences();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseVerificationUploadLimit();
        app.UseAntiforgery();
        app.UseRateLimiter();

        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteHealth }).AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapJobsDashboard();
        app.MapCultureEndpoints();
        app.MapAccountEndpoints();
        app.MapCalendarApi();
        app.MapObligationsApi();
        app.MapJournalEndpoints();
        app.MapAppealsApi();
        Features.Incidents.IncidentsRegistration.MapIncidentEndpoints(app);
        Features.Procurements.ProcurementsRegistration.MapProcurementEndpoints(app);
        Features.Announcements.AnnouncementsRegistration.MapAnnouncementEndpoints(app);
        Features.Reminders.RemindersRegistration.MapReminderEndpoints(app);
        Features.WorkingGroup.WorkingGroupRegistration.MapWorkingGroupEndpoints(app);
        Features.MailTemplates.MailTemplatesRegistration.MapMailTemplateEndpoints(app);
        Features.Extensions.ExtensionsRegistration.MapExtensionEndpoints(app);
        Features.PlannedWorks.PlannedWorksRegistration.MapPlannedWorksEndpoints(app);
        Features.Acts.ActsRegistration.MapActEndpoints(app);
        Features.SecurityReturns.SecurityReturnsRegistration.MapSecurityReturnEndpoints(app);
        Features.DailyAnalysis.DailyAnalysisRegistration.MapDailyAnalysisEndpoints(app);
        Features.Penalties.PenaltiesRegistration.MapPenaltyEndpoints(app);
        Features.Complaints.ComplaintsRegistration.MapComplaintEndpoints(app);
        Features.QuarterlyReport.QuarterlyReportRegistration.MapQuarterlyReportEndpoints(app);
        Features.OwnerReports.OwnerReportsRegistration.MapOwnerReportEndpoints(app);
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    private static bool IsLoopback(HttpContext context) =>
        context.Request.Host.Host is "localhost" || (IPAddress.TryParse(context.Request.Host.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    private static Task WriteHealth(HttpContext context, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
