namespace GosZakup.Console.Web.Features.Journal;

/// <summary>What the Register Journal feature adds to the host.</summary>
[UsesFeatures(typeof(SavedViews.SavedViewsRegistration))]
public static class JournalRegistration
{
    public static IServiceCollection AddJournal(this IServiceCollection services) => services
        .AddScoped<JournalQuery>();
}
