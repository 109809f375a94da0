using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Hosting;
using Hangfire;
using Microsoft.Extensions.Configuration;

namespace GosZakup.Console.IntegrationTests.Providers;

/// <summary>The Hangfire storage the app uses on each provider, opened by <c>HangfireSetup.StorageFor</c> itself but not
/// made Hangfire's global storage (which would change the storage of the test host running beside these tests).</summary>
internal static class ProviderJobStorage
{
    public static JobStorage For(ProviderDatabase database)
    {
        HangfireLogging.Detach();
        return HangfireSetup.StorageFor(database.Settings, new ConfigurationBuilder().Build(), database.Folder);
    }
}
