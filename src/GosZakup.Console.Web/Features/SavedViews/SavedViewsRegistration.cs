namespace GosZakup.Console.Web.Features.SavedViews;

/// <summary>What saved list views add to the host.</summary>
public static class SavedViewsRegistration
{
    public static IServiceCollection AddSavedViews(this IServiceCollection services) => services
        .AddScoped<SavedViewStore>();
}
