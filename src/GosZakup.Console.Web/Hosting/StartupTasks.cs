using GosZakup.Console.Infrastructure.Calendar;
using GosZakup.Console.Infrastructure.Identity;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Hosting;

/// <summary>At start: migrate the database, ensure roles, seed the demo data (Development only) or the
/// first administrator (from configuration), and register the recurring jobs.</summary>
public static class StartupTasks
{
    public static async Task PrepareAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        await SchemaHistoryGuard.RefuseUnknownHistoryAsync(db);
        if (app.Configuration.GetValue("Database:MigrateOnStart", true))
            await db.Database.MigrateAsync();

        await services.GetRequiredService<CalendarSeeder>().SeedAsync(DemoData.AssetFolder(app.Environment, "calendars"));

        var seeder = services.GetRequiredService<IdentitySeeder>();
        await seeder.EnsureRolesAsync();
        if (DemoData.IsOn(app.Environment, app.Configuration))
        {
            await seeder.SeedDemoUsersAsync(DemoData.PathOf(app.Environment, "users.json"));
            await Features.Procurements.ProcurementsRegistration.SeedDemoAsync(services, CancellationToken.None);
            await services.GetRequiredService<Features.Inbox.DemoAppeals>().SeedAsync(DemoData.PathOf(app.Environment, "appeals.json"));
            await Features.WorkingGroup.WorkingGroupRegistration.SeedDemoAsync(services, CancellationToken.None);
            await Features.Incidents.IncidentsRegistration.SeedDemoAsync(services, CancellationToken.None);
            await Features.Announcements.AnnouncementsRegistration.SeedDemoAsync(services, CancellationToken.None);
            await Features.Reminders.RemindersRegistration.SeedDemoAsync(services, CancellationToken.None);
            await Features.MailTemplates.MailTemplatesRegistration.SeedDemoAsync(services, CancellationToken.None);
            await Features.PlannedWorks.PlannedWorksRegistration.SeedDemoAsync(services, CancellationToken.None);
            await Features.Extensions.ExtensionsRegistration.SeedDemoAsync(services, CancellationToken.None);
            await Features.Acts.ActsRegistration.SeedDemoAsync(services, DemoData.PathOf(app.Environment, "users.json"), CancellationToken.None);
            await Features.Complaints.ComplaintsRegistration.SeedDemoAsync(services, CancellationToken.None);
            await Features.OwnerReports.OwnerReportsRegistration.SeedDemoAsync(services, CancellationToken.None);
            await Features.QuarterlyReport.QuarterlyReportRegistration.SeedDemoAsync(services, DemoData.PathOf(app.Environment, "users.json"),
                CancellationToken.None);
        }
        else
            await seeder.EnsureAdministratorAsync(app.Configuration["Bootstrap:AdminEmail"], app.Configuration["Bootstrap:AdminPassword"]);

        app.Services.ScheduleRecurringJobs();
    }
}
