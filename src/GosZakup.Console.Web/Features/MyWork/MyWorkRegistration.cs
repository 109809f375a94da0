namespace GosZakup.Console.Web.Features.MyWork;

/// <summary>What the My work board adds to the host: the query of the duties it shows, the ones the reminders chase.</summary>
[UsesFeatures(typeof(Reminders.RemindersRegistration))]
public static class MyWorkRegistration
{
    public static IServiceCollection AddMyWork(this IServiceCollection services) => services
        .AddScoped<MyWorkQuery>();
}
