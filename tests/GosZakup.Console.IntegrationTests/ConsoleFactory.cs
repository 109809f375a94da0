using GosZakup.Console.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

[assembly: AssemblyFixture(typeof(GosZakup.Console.IntegrationTests.ConsoleFactory))]

namespace GosZakup.Console.IntegrationTests;

/// <summary>The real console host on a real SQLite file in a fresh temporary folder, Development
/// environment (demo users seeded). One per test assembly: Hangfire keeps global state.</summary>
public sealed class ConsoleFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>Starts the host once, before any test: the factory's lazy start is not thread-safe. The data folder starts
    /// with a copy of the migrated template, which the other tests of this assembly copy too; the host's own migration
    /// at start then finds nothing pending, and the demo data is seeded on it as on any new database.</summary>
    public async ValueTask InitializeAsync()
    {
        await TemplateDatabase.CopyToAsync(DataFolder);
        _ = Server;
    }

    public string DataFolder { get; } = Directory.CreateTempSubdirectory("goszakup-it-").FullName;

    public string DatabaseFile => Path.Combine(DataFolder, "console.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:DataFolder", DataFolder);
        builder.UseSetting("Jobs:WorkerCount", "1");
        builder.UseSetting("https_port", "443");
        // Sign-in waits long enough that the throttle tests' timing holds on a busy machine (SignInThrottleTests).
        builder.UseSetting("SignIn:Throttle:FirstDelay", "00:00:30");
    }

    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { }
    }
}
