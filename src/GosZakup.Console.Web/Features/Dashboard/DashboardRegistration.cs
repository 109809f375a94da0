namespace GosZakup.Console.Web.Features.Dashboard;

/// <summary>What the managers' SLA dashboard adds to the host.</summary>
[UsesFeatures(typeof(Inbox.InboxRegistration), typeof(Incidents.IncidentsRegistration), typeof(Journal.JournalRegistration),
    typeof(Reminders.RemindersRegistration))]
public static class DashboardRegistration
{
    public static IServiceCollection AddDashboard(this IServiceCollection services) => services
        .AddScoped<DashboardQuery>()
        .AddSingleton<DashboardFiguresCache>();
}
