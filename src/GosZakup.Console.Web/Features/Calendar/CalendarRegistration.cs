using GosZakup.Console.Infrastructure.Calendar;

namespace GosZakup.Console.Web.Features.Calendar;

/// <summary>What the working calendars add to the host: the cached store every deadline counts on, its seeder and
/// the administrators' editor.</summary>
public static class CalendarRegistration
{
    public static IServiceCollection AddCalendar(this IServiceCollection services) => services
        .AddSingleton<CalendarStore>()
        .AddScoped<CalendarSeeder>()
        .AddScoped<CalendarAdminService>();
}
