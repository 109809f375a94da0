namespace GosZakup.Console.Web.Features.Inbox;

/// <summary>What the Inbox feature adds to the host (R2 §7): intake, review, registration and the inbox list, with the
/// attachments kept under the data folder.</summary>
[UsesFeatures(typeof(MailTemplates.MailTemplatesRegistration), typeof(SavedViews.SavedViewsRegistration))]
public static class InboxRegistration
{
    public static IServiceCollection AddInbox(this IServiceCollection services, string dataFolder) => services
        .AddSingleton<InboxNotifier>()
        .AddScoped<AppealValidator>()
        .AddScoped<AppealIntake>()
        .AddScoped<MonitoringStorm>()
        .AddScoped<AppealRegistration>()
        .AddScoped<InboxQuery>()
        .AddScoped<DuplicateFinder>()
        .AddScoped<AppealReview>()
        .AddScoped<LastChannel>()
        .AddSingleton(new AttachmentFolder(Path.Combine(dataFolder, "attachments")))
        .AddScoped<AttachmentStore>()
        .AddScoped<DemoAppeals>();
}
